#ifndef ISECG_ATOMIC_RENAME_H
#define ISECG_ATOMIC_RENAME_H

/// Atomically swaps two existing paths (Linux renameat2 with RENAME_EXCHANGE).
/// Returns 0 on success, -1 with errno set otherwise (ENOSYS or EINVAL where unsupported).
int isecg_exchange_paths(const char *first, const char *second);

/// Starts writeback of everything written to `descriptor` without waiting for it (Linux sync_file_range with
/// SYNC_FILE_RANGE_WRITE; a no-op elsewhere). A hint only: the caller still fsyncs. Returns 0 or -1 with errno.
int isecg_start_writeback(int descriptor);

#endif
