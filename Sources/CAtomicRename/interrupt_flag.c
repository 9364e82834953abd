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
    for (int i = 0; i < 3; i++) sigaction(caught[i], &action, &previous[i]);
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
