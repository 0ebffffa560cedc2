"""Streaming validation: a CSV file read in chunks, the first bad rows of a later chunk named,
memory bounded by the chunk size (the 2 GB measurement is in docs/bad-input.md)."""

import random
import resource
import subprocess
import sys
from pathlib import Path

BIN = Path(sys.executable).parent
AANTAL = 30_000
MAANDEN = [f"{jaar}_{maand:02d}" for jaar in (2024, 2025) for maand in range(1, 13)]


def schrijf(pad: Path, fouten: dict[int, tuple[int, str]]):
    toeval = random.Random(11)
    kop = ["persoon_id", "nationaliteit", "leeftijd", "bruto_maandloon", "erkend_referent"]
    kop += [f"verblijfsdoel_{m}" for m in MAANDEN]
    with pad.open("w", encoding="utf-8") as bestand:
        bestand.write(",".join(kop) + "\n")
        for rij in range(1, AANTAL + 1):
            cellen = [
                "NA" if rij == 7 else f"p{rij}",
                toeval.choice(["IN", "NA", "BR", "NO"]),
                str(toeval.randint(18, 66)),
                f"{toeval.uniform(1000, 9000):.2f}",
                toeval.choice(["true", "false"]),
            ] + [
                toeval.choice(["arbeid_regulier", "arbeid_kennismigrant", "geen"]) for _ in MAANDEN
            ]
            if rij in fouten:
                kolom, waarde = fouten[rij]
                cellen[kolom] = waarde
            bestand.write(",".join(cellen) + "\n")


def valideer(pad, *extra):
    voor = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    uit = subprocess.run(
        [BIN / "arbeidsmigratie", "valideer", str(pad), "--blokgrootte", "2000", *extra],
        capture_output=True,
        text=True,
        timeout=300,
    )
    return uit, max(voor, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)


def test_goede_grote_tabel(tmp_path):
    pad = tmp_path / "p.csv"
    schrijf(pad, {})
    uit, piek = valideer(pad)
    assert uit.returncode == 0, uit.stderr
    assert f"{AANTAL:,} rows" in uit.stdout
    assert piek < 1024 * 1024, f"peak {piek // 1024} MB"


def test_eerste_foute_rijen_in_latere_blokken(tmp_path):
    pad = tmp_path / "p.csv"
    fouten = {
        15_001: (2, "abc"),
        15_002: (2, "29.99"),
        22_222: (3, "1e39"),
        29_999: (4, "ja"),
        29_998: (5, "arbeid"),
    }
    for rij in range(25_000, 25_010):
        fouten[rij] = (2, "4294967325")
    schrijf(pad, fouten)
    uit, _ = valideer(pad)
    assert uit.returncode == 2
    fout = uit.stderr
    assert "column 'leeftijd': not a number: row 15002: 'abc'" in fout
    assert "column 'leeftijd': not a whole number: row 15003: 29.99" in fout
    assert "column 'bruto_maandloon': outside the accepted range: row 22223: 1e+39" in fout
    assert "column 'erkend_referent': not true or false: row 30000: 'ja'" in fout
    assert "column 'verblijfsdoel_2024_01': unknown value: row 29999: 'arbeid'" in fout
    assert "row 25001: 4294967325.0; row 25002" in fout
    assert "(and 5 more)" in fout
    assert "Traceback" not in fout
