"""Reading a Parquet file in chunks: row group by row group where they fit a chunk, with exactly
the chunks `iter_batches` gives."""

import io

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from openfisca_arbeidsmigratie.tools.bevolking.lezen import lees_blokken, parquetblokken


def _bestand(groepen: list[int]) -> io.BytesIO:
    tabel = pa.table({"a": np.arange(sum(groepen)), "b": pa.array(["x"] * sum(groepen))})
    buffer = io.BytesIO()
    with pq.ParquetWriter(buffer, tabel.schema) as schrijver:
        begin = 0
        for aantal in groepen:
            schrijver.write_table(tabel.slice(begin, aantal), row_group_size=max(aantal, 1))
            begin += aantal
    buffer.seek(0)
    return buffer


@pytest.mark.parametrize(
    ("groepen", "blokgrootte"),
    [
        ([100, 100, 5], 100),
        ([30, 50, 70], 100),
        ([100, 0, 100], 100),
        ([0], 100),
        ([], 100),
        ([250], 100),
        ([7, 7, 7], 5),
        ([1] * 9, 4),
    ],
)
def test_parquetblokken_als_iter_batches(groepen, blokgrootte):
    bestand = _bestand(groepen)
    verwacht = [b.num_rows for b in pq.ParquetFile(bestand).iter_batches(batch_size=blokgrootte)]
    bestand.seek(0)
    blokken = list(parquetblokken(pq.ParquetFile(bestand), blokgrootte))
    assert [b.num_rows for b in blokken] == verwacht
    if blokken:
        samen = pa.concat_tables(blokken)
        assert samen.column("a").to_pylist() == list(range(sum(groepen)))


def test_parquetblokken_alleen_gevraagde_kolommen():
    blokken = list(parquetblokken(pq.ParquetFile(_bestand([10, 10])), 10, ["a"]))
    assert [b.column_names for b in blokken] == [["a"], ["a"]]


def test_lees_blokken_per_rijgroep(tmp_path):
    """The command's reader gives the row groups as they are when they fit a chunk."""
    pad = tmp_path / "personen.parquet"
    pad.write_bytes(_bestand([40, 40, 20]).getvalue())
    assert [b.num_rows for b in lees_blokken(pad, 40)] == [40, 40, 20]
    assert [b.num_rows for b in lees_blokken(pad, 100)] == [100]
