/*
 * How dear the first touch of fresh memory is on this machine (README, "Performance budget"):
 * maps MB mebibytes, asks for transparent huge pages if HUGE is 1, writes one byte a 4 KiB page
 * on THREADS threads, then does it again (the pages now backed) and prints both times.
 * On the project machine (a Firecracker VM) the first pass costs what the hypervisor spends
 * backing guest memory it has not backed yet, or took back while the guest was idle.
 *
 *   gcc -O2 -pthread docs/perf/first-touch.c -o /tmp/first-touch
 *   /tmp/first-touch 4096 1 2      # MB HUGE THREADS
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <time.h>

typedef struct {
    char *start;
    size_t length;
} span;

static double seconds(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

static void *touch(void *arg) {
    span *s = arg;
    for (size_t i = 0; i < s->length; i += 4096) {
        s->start[i] = 1;
    }
    return NULL;
}

static double pass(span *spans, int threads) {
    pthread_t ids[64];
    double t0 = seconds();
    for (int k = 0; k < threads; k++) {
        pthread_create(&ids[k], NULL, touch, &spans[k]);
    }
    for (int k = 0; k < threads; k++) {
        pthread_join(ids[k], NULL);
    }
    return seconds() - t0;
}

int main(int argc, char **argv) {
    if (argc != 4) {
        fprintf(stderr, "usage: %s MB HUGE(0|1) THREADS(1-64)\n", argv[0]);
        return 2;
    }
    size_t mb = strtoul(argv[1], NULL, 10);
    int huge = atoi(argv[2]);
    int threads = atoi(argv[3]);
    if (mb == 0 || threads < 1 || threads > 64) {
        fprintf(stderr, "usage: %s MB HUGE(0|1) THREADS(1-64)\n", argv[0]);
        return 2;
    }
    size_t bytes = mb << 20;
    char *memory = mmap(NULL, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (memory == MAP_FAILED) {
        perror("mmap");
        return 1;
    }
    if (huge) {
        madvise(memory, bytes, MADV_HUGEPAGE);
    }
    span spans[64];
    for (int k = 0; k < threads; k++) {
        spans[k].start = memory + bytes / threads * k;
        spans[k].length = bytes / threads;
    }
    double first = pass(spans, threads);
    double second = pass(spans, threads);
    printf("%zu MiB, huge pages %s, %d thread(s): first touch %.3f s (%.2f ms per MiB), again %.3f s\n", mb,
           huge ? "asked" : "not asked", threads, first, first * 1000 / mb, second);
    return 0;
}
