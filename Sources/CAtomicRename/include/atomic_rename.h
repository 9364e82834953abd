#ifndef ISECG_ATOMIC_RENAME_H
#define ISECG_ATOMIC_RENAME_H

/// Atomically swaps two existing paths (Linux renameat2 with RENAME_EXCHANGE).
/// Returns 0 on success, -1 with errno set otherwise (ENOSYS or EINVAL where unsupported).
int isecg_exchange_paths(const char *first, const char *second);

#endif
