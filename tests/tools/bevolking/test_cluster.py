"""The Dask runner's warning about workers that run with glibc's trim threshold."""

from openfisca_arbeidsmigratie.tools.bevolking.cluster import waarschuw_voor_trim


def test_trimdrempel_genoemd(capsys):
    waarschuw_voor_trim({"tcp://a:1": "65536", "tcp://b:1": None, "tcp://c:1": "65536"})
    fout = capsys.readouterr().err
    assert "2 of 3 Dask workers run with MALLOC_TRIM_THRESHOLD_=65536" in fout
    assert "README" in fout


def test_zonder_trimdrempel_stil(capsys):
    waarschuw_voor_trim({"tcp://a:1": None, "tcp://b:1": None})
    assert capsys.readouterr().err == ""
