"""The Qt user interface. The only package that imports Qt (through :mod:`wizard.ui.qt`)."""
