"""gunicorn's settings, read from the working directory: ``gunicorn portal.wsgi --workers 4``."""

import gc


def post_worker_init(worker):
    """Each worker builds what its first searches and briefs would otherwise build (``portal.warmup``), then
    freezes what it holds (``gc.freeze``): the garbage collector then scans only what requests create, not the
    hundreds of thousands of objects of the search documents and the language models."""
    from django.db import connections

    from portal.warmup import warm_up

    try:
        warm_up()
    except Exception:
        worker.log.exception("Warm-up failed: the worker builds what it needs on first use.")
    finally:
        connections.close_all()
    gc.collect()
    gc.freeze()
