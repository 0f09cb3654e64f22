import pytest

from crdesk import demo
from crdesk.services.clients import ClientData, ClientFilter


def test_client_demo_data_on_every_backend_keeps_numbering_going(manager):
    demo.generate(manager, scale=1, areas=["clients"])
    assert manager.clients.count(ClientFilter(active=None)) == 200
    assert manager.clients.save(ClientData(name="新客户")).code == "KH000201"
    assert len(manager.visitors.today()) == 6


def test_demo_data_refuses_a_database_with_data_and_unknown_areas(manager):
    manager.clients.save(ClientData(name="已有客户"))
    with pytest.raises(demo.NotEmpty):
        demo.generate(manager, scale=1, areas=["clients"])
    with pytest.raises(ValueError):
        demo.generate(manager, scale=1, force=True, areas=["nonsense"])
