"""Every shipped resource is listed in build.spec, and found through the helper."""

from __future__ import annotations

from pathlib import Path

from app.resources import resource_path, resources_root

ROOT = Path(__file__).resolve().parents[2]


def test_every_resource_file_is_in_build_spec() -> None:
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    shipped = [p for p in resources_root().rglob("*")
               if p.is_file() and p.suffix not in {".ts"}]  # .ts are sources, .qm ship
    assert shipped
    for path in shipped:
        parts = path.relative_to(resources_root()).parts
        assert all(f'"{part}"' in spec for part in parts), path


def test_resource_helper_finds_the_style_sheet() -> None:
    assert resource_path("styles", "guichet.qss").is_file()


def test_the_readme_installs_every_library_the_desktop_check_asks_for() -> None:
    """make run names what is missing from scripts/desktop-packages.txt; the
    README's one apt-get line must hold all of it (a fresh Debian 12 lacked
    libdbus-1-3 once, and the suggested command looped)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8").replace("\\\n", " ")
    line = next(line for line in readme.splitlines() if "apt-get install" in line
                and "libxcb-cursor0" in line)
    packages = (ROOT / "scripts" / "desktop-packages.txt").read_text().split()
    assert set(packages) <= set(line.split())
    assert "python3-venv" in readme  # Debian's python3 has no venv without it
