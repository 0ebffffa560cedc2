"""The command line's fixed cost: a command loads only the libraries it uses (issue 24 item 3).
Timings are in `benchmarks/vaste_kosten.py`, not here."""

import subprocess
import sys

ZWAAR = ("pandas", "pyarrow", "matplotlib", "dask", "distributed", "flask", "numba")


def _geladen(code: str) -> list[str]:
    code += f"\nprint(sorted(m for m in {ZWAAR!r} if m in sys.modules))"
    uitvoer = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    return uitvoer.strip().splitlines()[-1]


def test_parser_laadt_geen_zware_bibliotheken():
    """Building the parser (every subcommand's options) loads none of them."""
    code = "import sys\nfrom openfisca_arbeidsmigratie.tools.cli import parser\nparser()"
    assert _geladen(code) == "[]"


def test_voorbeelden_laadt_geen_zware_bibliotheken():
    """`arbeidsmigratie voorbeelden` decides the examples without pandas, pyarrow or numba."""
    code = (
        "import contextlib, io, sys\n"
        "from openfisca_arbeidsmigratie.tools.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    assert main(['voorbeelden']) == 0"
    )
    assert _geladen(code) == "[]"


def test_bevolking_laadt_geen_dataset_en_grafiek(tmp_path):
    """A population run without a chart reads its Parquet files without `pyarrow.dataset` and
    loads no matplotlib; the employers' join loads pandas."""
    code = (
        "import contextlib, io, sys\n"
        "from openfisca_arbeidsmigratie.tools.cli import main\n"
        f"uit = {str(tmp_path)!r}\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    assert main(['genereer', '--aantal', '500', '--uitvoer', uit + '/p.parquet']) == 0\n"
        "    assert main(['bevolking', '--invoer', uit + '/p.parquet', '--werkgevers',\n"
        "                 uit + '/p_werkgevers.parquet', '--uitvoer', uit + '/uit',\n"
        "                 '--geen-grafiek', '--processen', '1']) == 0\n"
        "print('pyarrow.dataset' in sys.modules)"
    )
    uitvoer = subprocess.run(
        [sys.executable, "-c", code + f"\nprint(sorted(m for m in {ZWAAR!r} if m in sys.modules))"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split("\n")
    assert uitvoer[-3:-1] == ["False", "['pandas', 'pyarrow']"]
