"""The dask path gives the same records as the single-process API, on a 2-process cluster."""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("dask")
pytest.importorskip("distributed")
pq = pytest.importorskip("pyarrow.parquet")
pa = pytest.importorskip("pyarrow")

import distributed  # noqa: E402

import fedextract  # noqa: E402
from fedextract import dask as fdask  # noqa: E402
from fedextract.rows import table_rows  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "corpus" / "dev"


@pytest.fixture(scope="module")
def client() -> Iterator[distributed.Client]:
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as c,
    ):
        yield c


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The dev corpus if it is beside the clone, else the seeds plus a few generated files;
    always one unreadable path and one file that is not text, to exercise error records."""
    tmp = tmp_path_factory.mktemp("corpus")
    if DEV.is_dir():
        paths = sorted(str(p) for p in DEV.glob("*.txt"))
    else:
        paths = sorted(str(p) for p in (ROOT / "seeds").glob("*.txt"))
        plan = tmp / "plan.txt"
        plan.write_text(
            "市妇联2010年工作要点\n一、加强家庭建设。\n1、开展五好家庭评选。\n2、推进家庭教育。\n",
            encoding="utf-8",
        )
        decision = tmp / "decision.txt"
        decision.write_bytes(
            "关于表彰先进集体的决定\n各县区妇联:\n授予泌阳县妇联“先进集体”荣誉称号。\n".encode("gb18030")
        )
        paths += [str(plan), str(decision)]
    binary = tmp / "binary.txt"
    binary.write_bytes(bytes(range(256)) * 4)
    return [*paths, str(binary), str(tmp / "missing.txt")]


def single_process(path: str) -> dict[str, Any]:
    try:
        return fedextract.extract_file(path).model_dump(mode="json")
    except Exception:  # noqa: BLE001
        return {"error": True, "path": path}


def comparable(rec: dict[str, Any]) -> dict[str, Any]:
    """Error records compare by path only (messages are free text)."""
    return {"error": True, "path": rec["source"]["path"]} if "error" in rec else rec


def test_records_on_a_cluster_equal_single_process(client: distributed.Client, corpus: list[str]) -> None:
    bag = fdask.records(corpus, npartitions=4)
    assert 1 < bag.npartitions <= 4
    got = bag.compute()
    assert [comparable(r) for r in got] == [single_process(p) for p in corpus]
    missing = got[-1]
    assert missing["source"] == {"name": "missing.txt", "path": corpus[-1]} and missing["error"]
    assert missing["schema_version"] == "1"


def test_records_accepts_a_directory_and_a_glob(client: distributed.Client, corpus: list[str]) -> None:
    directory = str(Path(corpus[0]).parent)
    names = [r["source"].get("name") for r in fdask.records(directory).compute()]
    expected = sorted(p.name for p in Path(directory).rglob("*.txt"))
    assert sorted(names) == expected
    by_glob = fdask.records(str(Path(directory) / "*.txt")).compute()
    assert sorted(r["source"].get("name") for r in by_glob) == expected


def test_to_jsonl_writes_one_file_per_partition(
    client: distributed.Client, corpus: list[str], tmp_path: Path
) -> None:
    bag = fdask.records(corpus, npartitions=3)
    files = fdask.to_jsonl(bag, tmp_path / "jsonl")
    assert len(files) == bag.npartitions and all(Path(f).name.startswith("part-") for f in files)
    lines = [line for f in files for line in Path(f).read_text(encoding="utf-8").splitlines()]
    assert all(Path(f).read_bytes().endswith(b"\n") for f in files)
    assert [comparable(json.loads(line)) for line in lines] == [single_process(p) for p in corpus]


def test_to_parquet_writes_one_typed_dataset_per_table(
    client: distributed.Client, corpus: list[str], tmp_path: Path
) -> None:
    bag = fdask.records(corpus, npartitions=3).persist()  # parsed once, written twice
    fdask.to_jsonl(bag, tmp_path / "jsonl")
    files = fdask.to_parquet(bag, tmp_path / "parquet")
    assert sorted(files) == sorted(fdask.SCHEMAS) and all(len(f) == bag.npartitions for f in files.values())
    expected: dict[str, list[dict[str, Any]]] = {name: [] for name in fdask.SCHEMAS}
    for path in corpus:
        for name, rows in table_rows(single_process_record(path)).items():
            expected[name] += rows
    for name, schema in fdask.SCHEMAS.items():
        table = pq.read_table(tmp_path / "parquet" / name)
        assert table.schema.equals(schema, check_metadata=False), name
        rows = table.to_pylist()
        for row in rows:
            if isinstance(row.get("date"), datetime.date):
                row["date"] = row["date"].isoformat()
        assert rows == expected[name], name
    assert expected["honorees"] and expected["sections"], "the corpus exercises every table"
    issuers = pq.read_table(tmp_path / "parquet" / "documents").schema.field("issuers").type
    assert isinstance(issuers, pa.ListType) and issuers.value_type == pa.string()


def single_process_record(path: str) -> dict[str, Any]:
    try:
        return fedextract.extract_file(path).model_dump(mode="json")
    except Exception:  # noqa: BLE001
        return {"source": {"path": path}, "error": "failed"}


def test_a_glob_or_directory_matching_nothing_raises(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="nothing matches"):
        fdask.records(str(tmp_path / "nomatch" / "*.txt"))
    (tmp_path / "empty").mkdir()
    with pytest.raises(FileNotFoundError, match="nothing matches"):
        fdask.records(tmp_path / "empty")
    with pytest.raises(ValueError, match="empty"):
        fdask.records([])


def test_paths_take_the_clis_form(tmp_path: Path) -> None:
    from fedextract import batch

    (tmp_path / "in" / "sub").mkdir(parents=True)
    for name in ("b.txt", "A.TXT", "sub/c.txt"):
        (tmp_path / "in" / name).write_text("一、做好工作。\n", "utf-8")
    directory = str(tmp_path / "in") + "/"
    assert fdask._expand(directory) == [t.path for t in batch.discover([directory])]
    assert len(fdask._expand(directory)) == 3
