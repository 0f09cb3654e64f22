"""`crdesk import KIND FILE [--dry-run]`: row errors on stderr and a non-zero exit when rows are bad."""
from crdesk import cli
from crdesk.db.models.clients import Client


def test_import_command_reports_row_errors_and_writes_nothing(sqlite_url, tmp_path, capsys):
    path = tmp_path / "clients.csv"
    path.write_bytes("客户名称,电话\n上海华联超市,021-62345678\n杭州百货,12345\n".encode("gbk"))
    assert cli.run(["--db", sqlite_url, "import", "clients", str(path)]) == 1
    captured = capsys.readouterr()
    assert "row 3, 电话: 电话号码格式不正确" in captured.err
    assert "2 rows read (gb18030), 1 valid, 1 with errors; nothing imported" in captured.out
    assert Client.select().count() == 0
    assert cli.run(["--db", sqlite_url, "import", "clients", str(path), "--valid-only"]) == 1
    assert "1 imported" in capsys.readouterr().out and Client.select().count() == 1


def test_dry_run_of_a_good_file_exits_zero_without_writing(sqlite_url, tmp_path, capsys):
    path = tmp_path / "products.csv"
    path.write_text("产品编号,产品名称\nCP01,纯净水\nCP02,果汁\n", encoding="utf-8-sig")
    assert cli.run(["--db", sqlite_url, "import", "products", str(path), "--dry-run"]) == 0
    assert "2 valid, 0 with errors; dry run: nothing written" in capsys.readouterr().out
    assert cli.run(["--db", sqlite_url, "import", "products", str(path)]) == 0
    assert "2 imported" in capsys.readouterr().out
