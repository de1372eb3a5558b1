; Inno Setup 6 script: per-user installer for the frozen app (build\dist\webex-scim-wizard).
; Built by packaging\windows\build.ps1, which passes the version from pyproject.toml:
;   ISCC.exe /DAppVersion=0.1.0 /DAppVersionNumeric=0.1.0.0 packaging\windows\webex-scim-wizard.iss
; and, only when a code-signing certificate is configured, /DSign plus /Ssigntool=... (the
; uninstaller is then signed too). Without /DSign nothing is signed and the build still succeeds.
; NOT executed in this repository's CI machine (Linux); see README "Build the installers".

#ifndef AppVersion
  #error Pass /DAppVersion=<pyproject version> (build.ps1 does)
#endif
#ifndef AppVersionNumeric
  #define AppVersionNumeric AppVersion + ".0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\build\dist\webex-scim-wizard"
#endif
#ifndef IconFile
  #define IconFile "..\..\build\icons\webex-scim-wizard.ico"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\build\windows"
#endif

#define AppName "Webex Provisioning Wizard"
#define RepairName "Webex Provisioning Repair"
#define AppPublisher "Webex Provisioning Wizard contributors"
#define AppExe "webex-scim-wizard.exe"

[Setup]
; AppId identifies the installation for upgrades and the uninstaller: never change it.
AppId={{6F0B7C0E-4C1B-4E0A-9C55-2E7B1D1A7A31}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
AppPublisherURL=https://github.com/webex-scim-wizard/webex-scim-wizard
AppSupportURL=https://github.com/webex-scim-wizard/webex-scim-wizard/issues
VersionInfoVersion={#AppVersionNumeric}
VersionInfoProductVersion={#AppVersionNumeric}
VersionInfoProductTextVersion={#AppVersion}
VersionInfoCompany={#AppPublisher}
VersionInfoDescription={#AppName} Setup
; Per-user: no administrator rights; {autopf} is %LOCALAPPDATA%\Programs for a per-user install.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExe}
SetupIconFile={#IconFile}
OutputDir={#OutputDir}
OutputBaseFilename=webex-scim-wizard-{#AppVersion}-setup
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763
Compression=lzma2/ultra64
SolidCompression=yes
WizardStyle=modern
; The app may be running (e.g. a scheduled `check`): ask to close it before files are replaced.
CloseApplications=yes
#ifdef Sign
SignTool=signtool
SignedUninstaller=yes
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "japanese"; MessagesFile: "compiler:Languages\Japanese.isl"
#if FileExists(CompilerPath + "Languages\Korean.isl")
Name: "korean"; MessagesFile: "compiler:Languages\Korean.isl"
#endif
; Simplified Chinese is not an official Inno Setup translation; the app itself is translated.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole onedir: both executables (GUI and console) and _internal\.
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Connect Microsoft Entra ID to Cisco Webex for automatic user provisioning"
Name: "{group}\{#RepairName}"; Filename: "{app}\{#AppExe}"; Parameters: "gui --repair"; IconFilename: "{app}\{#AppExe}"; Comment: "Check the Entra ID to Webex provisioning and fix what broke"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; The uninstaller removes exactly what [Files] and [Icons] installed. The user's data
; (%LOCALAPPDATA%\WebexScimWizard, logs) and the secrets in Windows Credential Manager are not
; the installer's and stay; `webex-scim-wizard-cli forget --yes` removes them.
