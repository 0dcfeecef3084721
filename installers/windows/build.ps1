# Build Flegme for Windows in one command (PowerShell, from anywhere):
#   powershell -ExecutionPolicy Bypass -File installers\windows\build.ps1
# Needs: Python 3.11+ (python.org, "py" launcher) and Inno Setup 6 (ISCC.exe) for the installer.
# Output: build\dist\flegme\ (the bundle) and build\installer\Flegme-Setup-VERSION.exe
$ErrorActionPreference = "Stop"
$Root = Resolve-Path (Join-Path $PSScriptRoot "..\..")
Set-Location $Root

$Venv = Join-Path $Root "build\venv"
if (-not (Test-Path "$Venv\Scripts\python.exe")) { py -3 -m venv $Venv }
$Py = "$Venv\Scripts\python.exe"
& $Py -m pip install -q --upgrade pip
& $Py -m pip install -q "pyinstaller>=6.10" .
if ($LASTEXITCODE -ne 0) { throw "pip install failed" }

if (-not (Test-Path "resources\icons\flegme.ico")) {
    & $Py -m pip install -q pillow
    & $Py installers\make_icon_files.py
}

& "$Venv\Scripts\pyinstaller.exe" --noconfirm --log-level WARN `
    --distpath build\dist --workpath build\work installers\flegme.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

# Quick smoke test of the built program.
& build\dist\flegme\flegme.exe --version
& build\dist\flegme\flegme.exe doctor --json
if ($LASTEXITCODE -ne 0) { throw "the built program's self-check failed" }

$Version = & $Py -c "import flegme; print(flegme.__version__)"
$Iscc = (Get-Command ISCC.exe -ErrorAction SilentlyContinue).Source
if (-not $Iscc) { $Iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
if (-not (Test-Path $Iscc)) { throw "Inno Setup 6 not found: winget install JRSoftware.InnoSetup" }
& $Iscc "/DAppVersion=$Version" installers\windows\flegme.iss
if ($LASTEXITCODE -ne 0) { throw "ISCC failed" }
Write-Host "installer: build\installer\Flegme-Setup-$Version.exe"
