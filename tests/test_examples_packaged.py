"""What ships in the package, as a user meets it after ``pip install
injunction-*.whl`` in an empty directory: the example records
(`injunction example`, `injunction.example`), the LICENSE and its metadata,
and ``injunction --version``."""

from __future__ import annotations

import importlib
import importlib.metadata
import os
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest

import injunction
from injunction._cli import main

from .conftest import ROOT

PACKAGED = ROOT / "injunction" / "examples"


# -- injunction example ------------------------------------------------------------


def test_injunction_example_lists_each_packaged_example_on_a_line(capsys: pytest.CaptureFixture[str]) -> None:
    """Without a name, one line per example: its name, caption, court, year and outcome."""
    assert main(["example"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(list(PACKAGED.glob("*.toml")))
    assert lines[0] == (
        "parler  Parler LLC v. Amazon Web Services, Inc. "
        "(District Court, W.D. Washington, 2021): preliminary injunction denied"
    )


def test_injunction_example_name_prints_the_record_exactly(capsys: pytest.CaptureFixture[str]) -> None:
    """The printed text is the packaged file, byte for byte: comments, order and all."""
    assert main(["example", "parler"]) == 0
    assert capsys.readouterr().out == (PACKAGED / "parler.toml").read_text(encoding="utf-8")


def test_save_the_example_then_evaluate_it_in_an_empty_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``injunction example parler > parler.toml && injunction evaluate parler.toml``."""
    monkeypatch.chdir(tmp_path)
    assert main(["example", "parler"]) == 0
    Path("parler.toml").write_text(capsys.readouterr().out, encoding="utf-8")
    assert main(["evaluate", "parler.toml"]) == 0
    assert "motion for a preliminary injunction is DENIED." in capsys.readouterr().out


def test_an_unknown_example_exits_2_naming_those_that_exist(capsys: pytest.CaptureFixture[str]) -> None:
    """A misspelt name: nothing on standard output, the allowed names and a suggestion on standard error."""
    assert main(["example", "parlor"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == 'injunction example: no example named "parlor"; allowed: "parler"; did you mean "parler"?\n'


def test_the_example_command_explains_itself_in_help(capsys: pytest.CaptureFixture[str]) -> None:
    """``injunction --help`` lists the command; ``injunction example --help`` shows how to use it."""
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "example " in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["example", "--help"])
    assert "injunction example parler > parler.toml" in " ".join(capsys.readouterr().out.split())


# -- injunction.example() --------------------------------------------------------


def test_example_returns_the_case_the_file_holds() -> None:
    """`injunction.example(NAME)` is the packaged record, loaded."""
    assert "example" in injunction.__all__
    assert injunction.example("parler") == injunction.load(PACKAGED / "parler.toml")
    assert injunction.evaluate(injunction.example("parler")).disposition is injunction.Disposition.DENIED


def test_every_packaged_example_loads_and_is_decided_as_the_court_did() -> None:
    """Each example is a valid record whose decision matches its `expected` section."""
    for path in PACKAGED.glob("*.toml"):
        case = injunction.example(path.stem)
        assert case.expected is not None, path
        assert injunction.evaluate(case).disposition.value == case.expected.disposition.value, path


def test_an_unknown_example_is_a_lookup_error_and_an_injunction_error() -> None:
    """Catch it as either; the message lists the names that exist."""
    with pytest.raises(LookupError, match='allowed: "parler"') as info:
        injunction.example("nonsense")
    assert isinstance(info.value, injunction.InjunctionError)


def test_each_record_lives_once_in_the_repository() -> None:
    """The examples moved into the package: no second copy stays under examples/."""
    assert not list((ROOT / "examples").glob("*parler*.toml"))
    for path in (ROOT / "examples").glob("*.toml"):
        for packaged in PACKAGED.glob("*.toml"):
            assert path.read_bytes() != packaged.read_bytes()


# -- the wheel ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel, built by the project's own build backend (flit_core), in process."""
    flit: Any = importlib.import_module("flit_core.buildapi")  # the test extra installs it
    out = tmp_path_factory.mktemp("wheel")
    here = os.getcwd()
    os.chdir(ROOT)
    try:
        name: str = flit.build_wheel(str(out))
    finally:
        os.chdir(here)
    return out / name


def test_the_wheel_holds_the_examples_and_the_license(wheel: Path) -> None:
    """Every packaged example, and LICENSE with the metadata that names it."""
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        for path in PACKAGED.glob("*.toml"):
            assert f"injunction/examples/{path.name}" in names
        dist_info = next(n.split("/")[0] for n in names if n.endswith(".dist-info/METADATA"))
        assert f"{dist_info}/licenses/LICENSE" in names
        assert archive.read(f"{dist_info}/licenses/LICENSE") == (ROOT / "LICENSE").read_bytes()
        metadata = archive.read(f"{dist_info}/METADATA").decode()
    assert "License-Expression: MIT\n" in metadata
    assert "License-File: LICENSE\n" in metadata


def test_the_unpacked_wheel_works_in_an_empty_directory(wheel: Path, tmp_path: Path) -> None:
    """As after ``pip install injunction-*.whl``: the package comes from the wheel, not
    the repository, and the commands the README gives work with no file beside them."""
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(site)
    empty = tmp_path / "empty"
    empty.mkdir()
    env = {**os.environ, "PYTHONPATH": str(site)}

    def run(*args: str, stdin: str | None = None) -> str:
        result = subprocess.run(
            [sys.executable, "-m", "injunction", *args], cwd=empty, env=env, input=stdin,
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        return result.stdout

    where = subprocess.run(
        [sys.executable, "-c", "import injunction; print(injunction.__file__)"],
        cwd=empty, env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert Path(where.stdout.strip()).is_relative_to(site)
    record = run("example", "parler")
    (empty / "parler.toml").write_text(record, encoding="utf-8")
    assert "is DENIED." in run("evaluate", "parler.toml")
    assert "is DENIED." in run("evaluate", "-", stdin=record)
    assert run("--version") == f"injunction {importlib.metadata.version('injunction')}\n"
    assert sorted(p.name for p in empty.iterdir()) == ["parler.toml"]


def test_the_license_is_mit_for_the_injunction_authors() -> None:
    """The LICENSE file that pyproject.toml names."""
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License\n\nCopyright (c) 2026 The injunction authors\n")
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'license = "MIT"' in pyproject and 'license-files = ["LICENSE"]' in pyproject


# -- injunction --version -------------------------------------------------------------


def test_version_prints_the_installed_version(capsys: pytest.CaptureFixture[str]) -> None:
    """``injunction --version``: the name and the version from the package's metadata, exit 0."""
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out == f"injunction {importlib.metadata.version('injunction')}\n"


def test_version_is_listed_in_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "--version" in capsys.readouterr().out


def test_the_command_line_reads_package_metadata_only_when_asked() -> None:
    """Start-up stays cheap: building the parser imports neither importlib.metadata nor the examples."""
    code = (
        "import sys; from injunction._cli.parser import _parser; _parser().format_help(); "
        "print(sorted({'importlib.metadata', 'injunction._records.examples'} & set(sys.modules)))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout == "[]\n"
