"""The frozen app's entry script: both executables run the same main as `python -m wizard`."""

import multiprocessing

from wizard.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # harmless when unused; required on Windows if ever used
    raise SystemExit(main())
