// The PostgreSQL client library (libpq, Debian's libpq-dev): the reference client, synchronous like
// the SQLite store, with COPY for bulk loads and LISTEN/NOTIFY for live updates.
#include <libpq-fe.h>
