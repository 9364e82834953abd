#ifndef ISECG_INTERRUPT_FLAG_H
#define ISECG_INTERRUPT_FLAG_H

/// While output is written: SIGINT, SIGTERM and SIGHUP only record their number (the handler does nothing
/// else, so it is async-signal-safe); the writer polls it between files, removes its temporaries on the main
/// path, then calls isecg_interrupts_reraise() so the process still ends by the signal.
void isecg_interrupts_catch(void);
/// Puts back the dispositions isecg_interrupts_catch() replaced.
void isecg_interrupts_restore(void);
/// The first signal caught since isecg_interrupts_catch(), or 0.
int isecg_interrupts_pending(void);
/// When a signal is pending: restores its default disposition and raises it again (ends the process).
void isecg_interrupts_reraise(void);

#endif
