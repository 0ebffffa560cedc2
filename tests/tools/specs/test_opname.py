"""Recording the values an input is compared with (the basis of "proved for every value")."""

import numpy as np

from openfisca_arbeidsmigratie.model.bedragen import in_centen, ten_minste
from openfisca_arbeidsmigratie.tools.specs.opname import Opname, opnemen, volg


def test_affiene_vorm_geeft_de_drempel_op_de_invoer():
    opname = Opname({"loon": 0.01})
    loon = volg(np.array([1000.0, 2000.0]), "loon")
    with opnemen(opname):
        _ = (loon * 12 + 100) >= np.array([24100.0, 12100.0])
        _ = ten_minste(loon, np.array([1500.0, 1500.0]))
    assert opname.drempels["loon"] == {2000.0, 1000.0, 1500.0}
    assert not opname.ontsnapt


def test_ander_gebruik_is_een_ontsnapping():
    opname = Opname({"loon": 0.01, "uren": 0.01})
    loon, uren = volg(np.array([1000.0]), "loon"), volg(np.array([40.0]), "uren")
    with opnemen(opname):
        _ = np.maximum(loon, 500)
        _ = loon * uren
        _ = np.where(loon > 0, loon, 0)
    assert "numpy maximum" in opname.ontsnapt["loon"]
    assert any("two inputs" in r for r in opname.ontsnapt["uren"])
    assert "numpy.where" in opname.ontsnapt["loon"]


def test_afronden_op_centen_alleen_exact_bij_stap_van_een_cent():
    exact, grof = Opname({"loon": 0.01}), Opname({"loon": 0.001})
    for opname in (exact, grof):
        with opnemen(opname):
            _ = in_centen(volg(np.array([1000.0]), "loon")) >= 150000
    assert exact.drempels["loon"] == {1500.0} and not exact.ontsnapt
    assert "rounded to 0 decimals" in grof.ontsnapt["loon"]


def test_buiten_de_opname_geen_gevolgen():
    loon = volg(np.array([1000.0]), "loon")
    assert bool((loon > 5)[0]) and np.asarray(loon).__class__ is np.ndarray


def test_omzetten_naar_gehele_getallen_is_een_ontsnapping():
    opname = Opname({"loon": 0.01})
    with opnemen(opname):
        _ = np.asarray(volg(np.array([1000.5]), "loon"), dtype=np.int64) > 3
        _ = volg(np.array([1000.5]), "loon").astype(np.int32)
    assert {"converted to int64", "cast to int32"} <= opname.ontsnapt["loon"]
