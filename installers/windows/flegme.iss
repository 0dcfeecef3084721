; Inno Setup 6 script for Flegme (Windows x64). Built by installers\windows\build.ps1, which
; first makes build\dist\flegme with PyInstaller, then runs:
;   ISCC.exe /DAppVersion=0.1.0 installers\windows\flegme.iss
; Output: build\installer\Flegme-Setup-VERSION.exe (per-user install by default, no admin
; rights needed; Start-menu entry; uninstaller in "Apps & features").

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define Root "..\.."

[Setup]
AppId={{B87FD655-B8A3-49BE-8C1B-3E7F23F471C6}
AppName=Flegme
AppVersion={#AppVersion}
AppVerName=Flegme {#AppVersion}
AppPublisher=Flegme
DefaultDirName={autopf}\Flegme
DefaultGroupName=Flegme
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Root}\build\installer
OutputBaseFilename=Flegme-Setup-{#AppVersion}
SetupIconFile={#Root}\resources\icons\flegme.ico
UninstallDisplayIcon={app}\flegmew.exe
UninstallDisplayName=Flegme
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole PyInstaller onedir bundle (flegme.exe for the command line, flegmew.exe windowed).
Source: "{#Root}\build\dist\flegme\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Flegme"; Filename: "{app}\flegmew.exe"; Comment: "Keep your cool before you post"
Name: "{autodesktop}\Flegme"; Filename: "{app}\flegmew.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\flegmew.exe"; Description: "{cm:LaunchProgram,Flegme}"; Flags: nowait postinstall skipifsilent

; The uninstaller removes {app}; drafts (the vault, in %LOCALAPPDATA%\Flegme) and the key in
; Windows Credential Manager are the user's and are kept.
