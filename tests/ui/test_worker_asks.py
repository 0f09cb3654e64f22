"""A job on the DB worker asks the user on the GUI thread and waits: it gets the answer, the question's own
error, or — once the session stops, even before the question was asked — a no; it never waits forever."""
import threading

from crdesk.ui.schema_question import WorkerAsks


def _on_worker(asks, ask):
    outcome = {}

    def run():
        try:
            outcome["answer"] = asks(ask)
        except Exception as error:  # noqa: BLE001 (the test looks at what came back)
            outcome["error"] = error

    thread = threading.Thread(target=run)
    thread.start()
    return thread, outcome


def test_the_answer_given_on_the_gui_thread_reaches_the_worker(qtbot):
    asks = WorkerAsks()
    asked_on = []
    thread, outcome = _on_worker(asks, lambda: asked_on.append(threading.current_thread()) or True)
    qtbot.waitUntil(lambda: "answer" in outcome, timeout=5000)
    thread.join(1)
    assert outcome == {"answer": True} and asked_on == [threading.main_thread()]


def test_once_cancelled_a_question_not_asked_yet_is_answered_no_without_asking(qtbot):
    asks = WorkerAsks()
    asks.cancel()
    asked = []
    thread, outcome = _on_worker(asks, lambda: asked.append(1) or True)
    thread.join(2)
    qtbot.wait(50)
    assert not thread.is_alive() and outcome == {"answer": False} and asked == []


def test_a_question_that_fails_on_the_gui_thread_fails_the_worker_job_instead_of_hanging_it(qtbot):
    asks = WorkerAsks()

    def broken_question():
        raise KeyError("placeholder")

    thread, outcome = _on_worker(asks, broken_question)
    qtbot.waitUntil(lambda: bool(outcome), timeout=5000)
    thread.join(1)
    assert isinstance(outcome.get("error"), KeyError)
