; Inno Setup 6.3+ script: the Windows installer for the one-folder app PyInstaller builds.
;
; On a Windows build machine with Python 3.11+ and Inno Setup 6.3 or newer, from the checkout:
;   py -3.11 -m venv build\venv
;   build\venv\Scripts\python -m pip install ".[packaging]"
;   build\venv\Scripts\pyinstaller --noconfirm packaging\bedside.spec
;   dist\bedside\bedside.exe --version
;   "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" packaging\windows\bedside.iss
; Output: dist\installer\Bedside-<version>-setup.exe
;
; The version is not typed here: it is read from bedside.exe, whose version resource the spec
; writes from pyproject.toml (override with ISCC /DAppVersion=x.y.z only for a test build).
; The installer needs no administrator rights (it installs for the current user unless the
; user chooses "all users"), and uninstalling never removes the database or its backups,
; which live in the user's data folder, not in the program folder.

#define AppName "Bedside"
#define AppExe "bedside.exe"
#define AppId "io.bedside.Bedside"
#define BundleDir "..\..\dist\bedside"
#define BundleExe AddBackslash(AddBackslash(SourcePath) + BundleDir) + AppExe

#if !FileExists(BundleExe)
  #error dist\bedside\bedside.exe is missing: build it first with PyInstaller (see the top of this file)
#endif
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(BundleExe, "ProductVersion")
#endif

[Setup]
; AppId identifies the installation for upgrades and uninstall: never change it.
AppId={{9107F1FA-8876-4367-8E80-5AA1CACB83C0}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist\installer
OutputBaseFilename=Bedside-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\bedside.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "italian"; MessagesFile: "compiler:Languages\Italian.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; The whole PyInstaller folder: bedside.exe and _internal\ (Python, Qt, instruments, fonts).
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the bundled libraries completely (no stale DLLs from an older Qt).
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "ALSFRS-R and MRC muscle grading"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
