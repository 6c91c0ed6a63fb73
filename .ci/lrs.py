"""Runs Ralph, a real xAPI Learning Record Store, on 127.0.0.1 for the sync test.

Ralph's file-system backend creates its statements file on the first write and refuses a
second write to it ("already exists and overwrite is not allowed"), so every POST after the
first would fail. Here the backend appends instead, which is what an LRS must do.

Usage: python3 lrs.py PORT   (environment: RALPH_AUTH_FILE, RALPH_APP_DIR,
RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH)
"""

import os
import sys

os.environ.setdefault("RALPH_RUNSERVER_BACKEND", "fs")

from ralph.backends.data.base import BaseOperationType  # noqa: E402
from ralph.backends.lrs.fs import FSLRSBackend  # noqa: E402

FSLRSBackend.default_operation_type = BaseOperationType.APPEND

import uvicorn  # noqa: E402

uvicorn.run("ralph.api:app", host="127.0.0.1", port=int(sys.argv[1]), log_level="warning")
