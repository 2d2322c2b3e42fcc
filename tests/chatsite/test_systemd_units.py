"""deploy/'s systemd units (issue 10, part 7) are units systemd accepts as written: only their
paths are replaced by this checkout's for `systemd-analyze verify`."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from django.conf import settings

DEPLOY = Path(settings.BASE_DIR) / "deploy"
UNITS = ("salon@.service", "salon-migrate.service", "salon-sms.service", "salon.target")


def test_the_systemd_units_verify_cleanly(tmp_path: Path) -> None:
    analyze = shutil.which("systemd-analyze")
    assert analyze, "systemd-analyze (Debian's systemd package) is needed to check deploy/"
    env_file = tmp_path / "salon.env"
    env_file.write_text((DEPLOY / "salon.env.example").read_text())
    # The units name /srv/salon/.venv/bin/python: here, this run's interpreter and checkout.
    checkout = tmp_path / "salon"
    (checkout / ".venv" / "bin").mkdir(parents=True)
    (checkout / ".venv" / "bin" / "python").symlink_to(sys.executable)
    for unit in UNITS:
        text = (DEPLOY / unit).read_text()
        assert "/srv/salon" in text or unit == "salon.target"
        text = text.replace("/srv/salon", str(checkout)).replace(
            "/etc/salon/salon.env", str(env_file)
        )
        (tmp_path / unit).write_text(text)

    result = subprocess.run(
        [analyze, "verify", "--man=no", "salon@8001.service", "salon-migrate.service"]
        + ["salon-sms.service", "salon.target"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert (result.returncode, result.stderr, result.stdout) == (0, "", "")
