#include "interrupt_flag.h"
#include <signal.h>
#include <string.h>

static volatile sig_atomic_t pending_signal = 0;
static const int caught[3] = {SIGINT, SIGTERM, SIGHUP};
static struct sigaction previous[3];
static int installed = 0;

static void record_signal(int number) {
    if (pending_signal == 0) pending_signal = number;
}

void isecg_interrupts_catch(void) {
    if (installed) return;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = record_signal;
    sigemptyset(&action.sa_mask);
    sigset_t unblocked;
    sigemptyset(&unblocked);
    for (int i = 0; i < 3; i++) {
        sigaction(caught[i], &action, &previous[i]);
        sigaddset(&unblocked, caught[i]);
    }
    // A parent may start us with these blocked (test runners do): they must still reach the handler.
    sigprocmask(SIG_UNBLOCK, &unblocked, NULL);
    installed = 1;
}

void isecg_interrupts_restore(void) {
    if (!installed) return;
    for (int i = 0; i < 3; i++) sigaction(caught[i], &previous[i], NULL);
    installed = 0;
}

int isecg_interrupts_pending(void) { return pending_signal; }

void isecg_interrupts_reraise(void) {
    int number = pending_signal;
    if (number == 0) return;
    isecg_interrupts_restore();
    signal(number, SIG_DFL);
    raise(number);
}
