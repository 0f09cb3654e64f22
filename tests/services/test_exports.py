"""An export replaces its file only once it is complete."""
import pytest

from crdesk.services import exports


class Boom(Exception):
    pass


def _rows_then_failure():
    yield ["KH000001", "上海华联超市"]
    raise Boom


@pytest.mark.parametrize("name", ["clients.csv", "clients.xlsx"])
def test_a_failed_export_keeps_the_previous_file_and_leaves_no_part_file(tmp_path, name):
    target = tmp_path / name
    exports.write(exports.Table(["编号", "名称"], [["KH000001", "上海华联超市"]]), target)
    before = target.read_bytes()
    with pytest.raises(Boom):
        exports.write(exports.Table(["编号", "名称"], _rows_then_failure()), target)
    assert target.read_bytes() == before and [p.name for p in tmp_path.iterdir()] == [name]
