"""gunicorn's settings, read from the working directory: ``gunicorn portal.wsgi --workers 4``."""

import gc
import threading

# Python collects the youngest objects every 700 new ones (net), which is several times during one page rendered
# afresh; the older generation's collections (about 2 ms) then land in the middle of a request. Here the
# automatic threshold is out of the way of an ordinary request, and the same collections run between requests,
# once the answer is sent (``post_request``).
YOUNG = 700  # Python's default threshold for the youngest generation
IN_REQUEST = 100_000  # still collected inside a request that builds that much (an export, a large listing)


def post_worker_init(worker):
    """Each worker builds what its first searches and briefs would otherwise build (``portal.warmup``), then
    freezes what it holds (``gc.freeze``): the garbage collector then scans only what requests create, not the
    hundreds of thousands of objects of the search documents and the language models.

    In a thread, while the worker already answers: on a reload (HUP) gunicorn stops the old workers as soon as
    the new ones start, and a warm-up before accepting left seconds with nobody answering."""
    threading.Thread(target=_warm_up, args=(worker,), name="warm-up", daemon=True).start()


def _warm_up(worker):
    try:
        _worker_tasks().warm_up()
    except Exception:
        worker.log.exception("Warm-up failed: the worker builds what it needs on first use.")
    gc.collect()
    gc.freeze()
    _young, older, oldest = gc.get_threshold()
    gc.set_threshold(IN_REQUEST, older, oldest)


def post_request(worker, req, environ, resp):
    """After the answer is sent: the member page views added up in this worker, if they are due
    (``MonthlyStat.write_pending_views_if_due``); the collection Python would have run during the request, if
    it is due (the oldest generation whose count is over its threshold, as Python chooses)."""
    _write_views(worker, due_only=True)
    young, older, oldest = gc.get_count()
    if young < YOUNG:
        return
    _threshold, older_threshold, oldest_threshold = gc.get_threshold()
    if older + 1 < older_threshold:
        gc.collect(0)
    elif oldest + 1 < oldest_threshold:
        gc.collect(1)
    else:
        gc.collect(2)


def worker_exit(server, worker):
    """A worker that stops (a restart, a deployment, ``max_requests``) first writes the member page views it
    has added up and not written yet (``MonthlyStat.count_view``)."""
    try:
        _write_views(worker, due_only=False)
    finally:
        _worker_tasks().close_connections()


def _write_views(worker, due_only):
    """The member page views this worker has added up, written (only those due, or all); a failure is logged."""
    try:
        _worker_tasks().write_views(due_only)
    except Exception:
        worker.log.exception("The member page views counted in this worker could not be written.")


def _worker_tasks():
    # In a function: gunicorn reads this file before Django is set up; the hooks run in workers, after it is.
    from portal import warmup

    return warmup
