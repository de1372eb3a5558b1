# Windows build: the frozen app from the hashed lock, then the Inno Setup installer.
#   pwsh packaging/windows/build.ps1
# Needs Python 3.11 (x64) and Inno Setup 6 (ISCC.exe on PATH or in its default folder).
# Signing (optional): WINDOWS_CERT_PFX (path to a .pfx) and WINDOWS_CERT_PASSWORD; when absent,
# signing is skipped and unsigned artefacts are produced (SmartScreen will warn).
# NOT executed on this repository's Linux machine; the release workflow runs it on windows-2022.
$ErrorActionPreference = "Stop"
Set-Location (Resolve-Path "$PSScriptRoot\..\..")

$version = (python -c "import tomllib; print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])").Trim()
$numeric = (($version -split '[^0-9]+' | Where-Object { $_ -ne '' } | Select-Object -First 3) + @('0','0','0') | Select-Object -First 3) -join '.'
$numeric = "$numeric.0"
Write-Host "webex-scim-wizard $version ($numeric)"

if (-not (Test-Path build\venv\Scripts\python.exe)) { python -m venv build\venv }
$py = "build\venv\Scripts\python.exe"
& $py -m pip install --quiet --require-hashes --no-deps -r packaging\requirements-lock.txt
if ($LASTEXITCODE) { throw "pip install from the lock failed" }

New-Item -ItemType Directory -Force wizard\resources\i18n | Out-Null
Get-ChildItem resources\translations\*.ts | ForEach-Object {
  & build\venv\Scripts\pyside6-lrelease.exe -silent $_.FullName -qm "wizard\resources\i18n\$($_.BaseName).qm"
  if ($LASTEXITCODE) { throw "lrelease failed for $($_.Name)" }
}
& $py packaging\make_icons.py build\icons
Remove-Item -Recurse -Force -ErrorAction SilentlyContinue build\lib, build\wheel
& $py -m pip wheel --quiet --no-deps --no-build-isolation -w build\wheel .
& $py -m pip install --quiet --no-deps --force-reinstall (Get-ChildItem build\wheel\*.whl).FullName
Push-Location build
& venv\Scripts\pyinstaller.exe --noconfirm --clean --log-level WARN --distpath dist --workpath work ..\packaging\webex-scim-wizard.spec
if ($LASTEXITCODE) { throw "pyinstaller failed" }
Pop-Location

$dist = "build\dist\webex-scim-wizard"
& "$dist\webex-scim-wizard-cli.exe" --version
if ($LASTEXITCODE) { throw "the frozen app does not start" }

# Signing hook: only with a certificate from the release environment.
$sign = $false
if ($env:WINDOWS_CERT_PFX -and (Test-Path $env:WINDOWS_CERT_PFX)) {
  $signtool = (Get-ChildItem "${env:ProgramFiles(x86)}\Windows Kits\10\bin\*\x64\signtool.exe" | Sort-Object FullName | Select-Object -Last 1).FullName
  $signArgs = @("sign", "/fd", "sha256", "/tr", "http://timestamp.digicert.com", "/td", "sha256",
                "/f", $env:WINDOWS_CERT_PFX, "/p", $env:WINDOWS_CERT_PASSWORD)
  & $signtool @signArgs "$dist\webex-scim-wizard.exe" "$dist\webex-scim-wizard-cli.exe"
  if ($LASTEXITCODE) { throw "signtool failed" }
  $sign = $true
} else {
  Write-Host "No WINDOWS_CERT_PFX: signing skipped"
}

$iscc = (Get-Command ISCC.exe -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
$isccArgs = @("/DAppVersion=$version", "/DAppVersionNumeric=$numeric")
if ($sign) {
  $isccArgs += "/DSign"
  $isccArgs += "/Ssigntool=`"$signtool`" sign /fd sha256 /tr http://timestamp.digicert.com /td sha256 /f `"$($env:WINDOWS_CERT_PFX)`" /p `"$($env:WINDOWS_CERT_PASSWORD)`" `$f"
}
& $iscc @isccArgs packaging\windows\webex-scim-wizard.iss
if ($LASTEXITCODE) { throw "ISCC failed" }
Get-ChildItem build\windows\*.exe | ForEach-Object { Write-Host "$($_.FullName) $([math]::Round($_.Length / 1MB, 1)) MiB" }
