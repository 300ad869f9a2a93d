"""moto_server, with Glue's UpdateTable checking VersionId as AWS Glue does.

moto (5.x) stores an UpdateTable whatever its VersionId. AWS Glue refuses one whose VersionId is
no longer the table's current version, with ConcurrentModificationException "Update table failed
due to concurrent modifications." (AWS CLI output quoted in floci-io/floci#1183 and #1205;
Apache Iceberg's GlueTableOperations relies on it). revmeta's athena driver relies on that check
to never overwrite a table changed since its plan, so the tests' moto makes it too. Run as
moto_server: `python3 moto-server.py -H 127.0.0.1 -p PORT`.
"""
import sys
import threading

from moto.core.exceptions import JsonRESTError
from moto.glue.responses import GlueResponse
from moto.server import main

_update_table = GlueResponse.update_table
# One check-and-write at a time: moto's server is threaded.
_lock = threading.Lock()


def update_table(self):  # type: ignore[no-untyped-def]
    version_id = self.parameters.get("VersionId")
    with _lock:
        if version_id is not None:
            table = self.glue_backend.get_table(self.parameters.get("DatabaseName"), self.parameters.get("TableInput")["Name"])
            if table.as_dict()["VersionId"] != version_id:
                raise JsonRESTError("ConcurrentModificationException", "Update table failed due to concurrent modifications.")
        return _update_table(self)


GlueResponse.update_table = update_table

if __name__ == "__main__":
    sys.exit(main())
