"""The browser tests' screenshots on failure: a subtest that failed counts even when a later one passed."""

from types import SimpleNamespace

from tests.e2e.conftest import call_failed, pytest_runtest_makereport


def report_through_the_hook(item, when, failed):
    hook = pytest_runtest_makereport(item, None)
    next(hook)
    try:
        hook.send(SimpleNamespace(when=when, failed=failed))
    except StopIteration as done:
        return done.value
    raise AssertionError("the hook wrapper yields once")


def test_a_failed_subtest_is_remembered_after_a_later_one_and_the_test_itself_passed():
    item = SimpleNamespace()
    report_through_the_hook(item, "setup", False)
    report_through_the_hook(item, "call", False)
    assert not call_failed(item)
    for failed in (True, False, False):  # a subtest fails, the next passes, then the top-level report
        report_through_the_hook(item, "call", failed)
    assert call_failed(item) and not item.rep_call.failed
