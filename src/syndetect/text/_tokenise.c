/* The compiled hashing core of syndetect.text.native.
 *
 * tokenise / tokenise_texts: raw code points -> token hashes in one pass. For every raw code point of a
 * batch (the joined texts of syndetect.text.normalize.encode_texts, or each str text where it lies) it
 * reads the packed per-code-point table of syndetect.text.normalize (folded code point, class, flags),
 * applies the rare cases the table flags (deleted characters, characters that fold to several, the
 * acronym dot), cuts tokens (maximal runs of word characters, every solo character on its own) and
 * hashes each one: mix64(sum(c_j * B**j) mod 2**64), the definition in syndetect/text/shingle.py.
 * Optionally it writes each token's raw span and the positions of the characters that may break NFC
 * (the caller composes those texts and runs this again on the composed code points).
 *
 * oph_bins: token hashes -> word k-gram shingle hashes -> OPH bins (syndetect/sketch/minhash.py).
 *
 * Exact arithmetic: every hash operation is on uint64_t, whose +, - and * the C standard defines
 * modulo 2**64 (unsigned wrap-around, C11 6.2.5p9): the same ring Z/2**64 as numpy's uint64 and the
 * Python oracle's "& (2**64 - 1)". Code points are below 2**21 and every power of B and C is reduced
 * mod 2**64 at each step, so no product, sum or mix64 needs a wider intermediate; no signed value is
 * ever hashed. The OPH bin ((g >> 32) * num_perm) >> 32 is exact: (g >> 32) < 2**32 and
 * num_perm < 2**32, so the product is below 2**64.
 *
 * Plain C API, no numpy headers: every array arrives through the buffer protocol. The GIL is released
 * during the passes.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>

/* The layout of a packed table entry; native.py checks it against syndetect.text.normalize at import. */
#define CP_MASK 0x1FFFFFu
#define CLS_SHIFT 21
#define LETTER (1u << 23)
#define DELETED (1u << 24)
#define EXPANDS (1u << 25)
#define NFC_MAYBE (1u << 26)
#define DOT_FLAG (1u << 28)
#define UNBUILT 0xFFFFFFFFu
#define MAX_CP 0x110000u
#define DOT 0x2Eu
#define B_CHAR 0x9E3779B97F4A7C15ull

enum { SEP = 0, WORD = 1, SOLO = 2 };
/* statuses: OK, a table entry not built yet, more tokens than room, a code point >= 0x110000, a code
 * point flagged as expanding that the expansion arrays do not hold (built after they were made) */
enum { ST_OK = 0, ST_UNBUILT = 1, ST_ROOM = 2, ST_RANGE = 3, ST_EXPANSION = 4 };

static inline uint64_t mix64(uint64_t x) {
    x ^= x >> 30;
    x *= 0xBF58476D1CE4E5B9ull;
    x ^= x >> 27;
    x *= 0x94D049BB133111EBull;
    x ^= x >> 31;
    return x;
}

typedef struct {
    const uint32_t *table;
    const int64_t *starts; /* n_docs + 1 entries: where each text starts in the code points */
    Py_ssize_t n_docs;
    const uint32_t *exp_keys; /* sorted code points that fold to several characters */
    const int64_t *exp_off;   /* n_exp + 1 entries into exp_val */
    const uint32_t *exp_val;  /* packed (code point | class << CLS_SHIFT) */
    Py_ssize_t n_exp, n_exp_val;
    const int64_t *pre_map, *pre_end; /* raw span behind each code point; NULL: [i, i + 1) */
    const int64_t *base;              /* subtracted from a token's raw span, per text; NULL: no spans */
    uint64_t *hash;
    int64_t *tstart, *tend;
    Py_ssize_t cap;
    int64_t *offsets; /* n_docs + 1 entries */
    int64_t *maybe;   /* NULL: do not record */
    Py_ssize_t maybe_cap;
    /* results */
    Py_ssize_t ntok, nmaybe, at;
} Job;

/* The expansion of code point c: its index among exp_keys, or -1. */
static Py_ssize_t find_expansion(const Job *J, uint32_t c) {
    Py_ssize_t lo = 0, hi = J->n_exp;
    while (lo < hi) {
        Py_ssize_t mid = lo + (hi - lo) / 2;
        if (J->exp_keys[mid] < c)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < J->n_exp && J->exp_keys[lo] == c && J->exp_off[lo] >= 0 && J->exp_off[lo] <= J->exp_off[lo + 1] &&
        J->exp_off[lo + 1] <= J->n_exp_val)
        return lo;
    return -1;
}

#define RAW(i) (pre_map ? pre_map[i] : (int64_t)(i))
#define RAW_END(i) (pre_end ? pre_end[i] : (int64_t)(i) + 1)

/* Tokens: one is counted (ntok) when it opens, and its raw start written then; its sum, not mixed yet
 * (a last pass mixes them all), and its raw end are written when it closes. Nothing is written at or
 * past cap: the count goes on, and the caller makes room and runs again. */
#define OPEN(I)                                                   \
    do {                                                          \
        open = 1;                                                 \
        ntok++;                                                   \
        acc = 0;                                                  \
        pw = 1;                                                   \
        if (SPANS) {                                              \
            tbase = base[doc];                                    \
            if (ntok <= cap)                                      \
                tstart[ntok - 1] = RAW(I) - tbase;                \
        }                                                         \
    } while (0)

#define CLOSE()                                                   \
    do {                                                          \
        if (open) {                                               \
            open = 0;                                             \
            if (ntok <= cap) {                                    \
                hash[ntok - 1] = acc;                             \
                if (SPANS)                                        \
                    tend[ntok - 1] = RAW_END(last) - tbase;       \
            }                                                     \
        }                                                         \
    } while (0)

#define EMIT(CP, CLS, I)                                          \
    do {                                                          \
        uint32_t cls_ = (CLS);                                    \
        if (cls_ == WORD) {                                       \
            if (!open)                                            \
                OPEN(I);                                          \
            acc += (uint64_t)(CP) * pw; /* mod 2**64 */           \
            pw *= B_CHAR;               /* mod 2**64 */           \
            last = (I);                                           \
        } else {                                                  \
            CLOSE();                                              \
            if (cls_ == SOLO) {                                   \
                OPEN(I);                                          \
                acc = (CP);                                       \
                last = (I);                                       \
                CLOSE();                                          \
            }                                                     \
        }                                                         \
    } while (0)

/* One kernel per code point width (1, 2 or 4 bytes), with and without raw spans. */
#define KERNEL(NAME, T, WITH_SPANS)                                                                    \
    static int NAME(Job *J, const T *cps, Py_ssize_t n) {                                              \
        const int SPANS = WITH_SPANS;                                                                  \
        const uint32_t *table = J->table;                                                              \
        const int64_t *pre_map = J->pre_map, *pre_end = J->pre_end, *base = J->base;                   \
        uint64_t *hash = J->hash;                                                                      \
        int64_t *tstart = J->tstart, *tend = J->tend;                                                  \
        const Py_ssize_t cap = J->cap, n_docs = J->n_docs;                                             \
        Py_ssize_t ntok = 0, nmaybe = 0, doc = 0, last = 0;                                            \
        Py_ssize_t next = n_docs > 1 ? (Py_ssize_t)J->starts[1] : PY_SSIZE_T_MAX;                      \
        int open = 0, status = ST_OK;                                                                  \
        uint64_t acc = 0, pw = 1;                                                                      \
        int64_t tbase = 0;                                                                             \
        Py_ssize_t i;                                                                                  \
        (void)pre_map, (void)pre_end, (void)base, (void)tstart, (void)tend, (void)tbase;               \
        J->offsets[0] = 0;                                                                             \
        for (i = 0; i < n; i++) {                                                                      \
            while (i >= next) { /* the tokens of text doc + 1 start here */                            \
                doc++;                                                                                 \
                J->offsets[doc] = ntok;                                                                \
                next = doc + 1 < n_docs ? (Py_ssize_t)J->starts[doc + 1] : PY_SSIZE_T_MAX;             \
            }                                                                                          \
            uint32_t c = cps[i];                                                                       \
            if (sizeof(T) == 4 && c >= MAX_CP) {                                                       \
                status = ST_RANGE;                                                                     \
                break;                                                                                 \
            }                                                                                          \
            uint32_t e = table[c];                                                                     \
            uint32_t cls = (e >> CLS_SHIFT) & 3u;                                                      \
            if ((e < DELETED) & (cls < SOLO) & (ntok < cap)) {                                          \
                /* a plain separator (w = 0) or word character (w = 1), with masks instead of         \
                   branches: where tokens start and end is not predictable. The stores go to the     \
                   open token's slot, or else to the next slot, not in use yet (ntok < cap). */       \
                const uint64_t w = cls, o = (uint64_t)open, st = w & (o ^ 1u); /* st: a token starts */ \
                const uint64_t m_st = 0 - st, m_w = 0 - w;                                             \
                hash[ntok - (Py_ssize_t)o] = acc; /* the final sum when this character ends the token */ \
                if (SPANS) {                                                                           \
                    tend[ntok - (Py_ssize_t)o] = RAW_END(last) - tbase;                                \
                    tbase = (int64_t)(((uint64_t)tbase & ~m_st) | ((uint64_t)base[doc] & m_st));       \
                    last = (Py_ssize_t)(((uint64_t)last & ~m_w) | ((uint64_t)i & m_w));                \
                }                                                                                      \
                ntok += (Py_ssize_t)st;                                                                \
                if (SPANS)                                                                             \
                    tstart[ntok - (Py_ssize_t)st] = RAW(i) - tbase;                                    \
                acc &= ~m_st;                                  /* 0 when a token starts */             \
                pw = (pw & ~m_st) | st;                        /* 1 when a token starts */             \
                acc += (uint64_t)(e & CP_MASK & (uint32_t)m_w) * pw; /* mod 2**64 */                   \
                pw *= 1 + ((B_CHAR - 1) & m_w);                /* times B after a word character */    \
                open = (int)w;                                                                         \
                continue;                                                                              \
            }                                                                                          \
            if (e >= DELETED) { /* the rare entries: every flag from DELETED up */                     \
                if (e == UNBUILT) {                                                                    \
                    status = ST_UNBUILT;                                                               \
                    break;                                                                             \
                }                                                                                      \
                if ((e & NFC_MAYBE) && J->maybe) {                                                     \
                    if (nmaybe < J->maybe_cap)                                                         \
                        J->maybe[nmaybe] = i;                                                          \
                    nmaybe++;                                                                          \
                }                                                                                      \
                if (e & DELETED)                                                                       \
                    continue;                                                                          \
                /* the acronym rule: a "." after a single letter (one not after a letter, or after a  \
                   "."); the characters before were read already, so their entries are built */        \
                if ((e & DOT_FLAG) && i >= 1 && (table[cps[i - 1]] & LETTER) &&                        \
                    (i < 2 || !(table[cps[i - 2]] & LETTER) || cps[i - 2] == DOT))                     \
                    continue;                                                                          \
                if (e & EXPANDS) {                                                                     \
                    Py_ssize_t x = find_expansion(J, c);                                               \
                    if (x < 0) {                                                                       \
                        status = ST_EXPANSION;                                                         \
                        break;                                                                         \
                    }                                                                                  \
                    for (int64_t v = J->exp_off[x]; v < J->exp_off[x + 1]; v++) {                      \
                        uint32_t p = J->exp_val[v];                                                    \
                        EMIT(p & CP_MASK, (p >> CLS_SHIFT) & 3u, i);                                   \
                    }                                                                                  \
                    continue;                                                                          \
                }                                                                                      \
            }                                                                                          \
            EMIT(e & CP_MASK, cls, i);                                                                 \
        }                                                                                              \
        if (status == ST_OK) {                                                                         \
            CLOSE();                                                                                   \
            while (doc < n_docs) {                                                                     \
                doc++;                                                                                 \
                J->offsets[doc] = ntok;                                                                \
            }                                                                                          \
            if (ntok > cap)                                                                            \
                status = ST_ROOM;                                                                      \
            else                                                                                       \
                for (Py_ssize_t t = 0; t < ntok; t++)                                                  \
                    hash[t] = mix64(hash[t]);                                                          \
        }                                                                                              \
        J->ntok = ntok;                                                                                \
        J->nmaybe = nmaybe;                                                                            \
        J->at = i;                                                                                     \
        return status;                                                                                 \
    }

KERNEL(kernel_u8, uint8_t, 0)
KERNEL(kernel_u16, uint16_t, 0)
KERNEL(kernel_u32, uint32_t, 0)
KERNEL(spans_u8, uint8_t, 1)
KERNEL(spans_u16, uint16_t, 1)
KERNEL(spans_u32, uint32_t, 1)

/* Buffers ------------------------------------------------------------------------------------------ */

#define N_BUF 14

/* Get buffer ``o`` (None: left empty when ``optional``) of integers of ``itemsize`` bytes. */
static int take(PyObject *o, Py_buffer *b, int writable, Py_ssize_t itemsize, int optional, const char *name) {
    if (o == Py_None && optional) {
        b->obj = NULL;
        b->buf = NULL;
        b->len = 0;
        b->itemsize = itemsize;
        return 0;
    }
    if (PyObject_GetBuffer(o, b, PyBUF_C_CONTIGUOUS | PyBUF_FORMAT | (writable ? PyBUF_WRITABLE : 0)) < 0)
        return -1;
    const char *f = b->format ? b->format : "B";
    const uint16_t one = 1;
    const int little = *(const uint8_t *)&one == 1;
    if (*f == '=' || *f == '@' || (*f == '<' && little) || ((*f == '>' || *f == '!') && !little))
        f++; /* native byte order */
    if (f[0] == '\0' || f[1] != '\0' || !strchr("bBhHiIlLqQ", f[0]) ||
        (itemsize ? b->itemsize != itemsize : (b->itemsize != 1 && b->itemsize != 2 && b->itemsize != 4))) {
        PyErr_Format(PyExc_ValueError, "%s: expected a contiguous array of %s integers, got format %s of %zd bytes",
                     name, itemsize == 8 ? "8-byte" : itemsize == 4 ? "4-byte" : "1-, 2- or 4-byte",
                     b->format ? b->format : "B", b->itemsize);
        PyBuffer_Release(b);
        b->obj = NULL;
        return -1;
    }
    return 0;
}

static Py_ssize_t count(const Py_buffer *b) { return b->itemsize ? b->len / b->itemsize : 0; }

PyDoc_STRVAR(tokenise_doc,
             "tokenise(cps, table, starts, exp_keys, exp_offsets, exp_values, pre_map, pre_end, base,\n"
             "         out_hash, out_start, out_end, out_offsets, out_maybe) -> (status, ntok, nmaybe, at)\n\n"
             "Token hashes (and raw spans minus base[text], when base is given) of the code points cps\n"
             "(1, 2 or 4 bytes each) of the texts starting at starts; see syndetect/text/native.py.");

static PyObject *tokenise(PyObject *self, PyObject *args) {
    PyObject *o[N_BUF];
    Py_buffer b[N_BUF];
    static const char *names[N_BUF] = {"cps",     "table",    "starts",    "exp_keys",  "exp_offsets",
                                       "exp_values", "pre_map", "pre_end", "base",      "out_hash",
                                       "out_start",  "out_end", "out_offsets", "out_maybe"};
    /* item size (0: 1, 2 or 4), writable, optional */
    static const int spec[N_BUF][3] = {{0, 0, 0}, {4, 0, 0}, {8, 0, 0}, {4, 0, 0}, {8, 0, 0},
                                       {4, 0, 0}, {8, 0, 1}, {8, 0, 1}, {8, 0, 1}, {8, 1, 0},
                                       {8, 1, 1}, {8, 1, 1}, {8, 1, 0}, {8, 1, 1}};
    int got = 0, status = ST_OK;
    PyObject *result = NULL;
    (void)self;
    if (!PyArg_ParseTuple(args, "OOOOOOOOOOOOOO:tokenise", &o[0], &o[1], &o[2], &o[3], &o[4], &o[5], &o[6],
                          &o[7], &o[8], &o[9], &o[10], &o[11], &o[12], &o[13]))
        return NULL;
    for (; got < N_BUF; got++)
        if (take(o[got], &b[got], spec[got][1], spec[got][0], spec[got][2], names[got]) < 0)
            goto done;
    Py_ssize_t n = count(&b[0]), n_docs = count(&b[2]) - 1;
    Job J = {0};
    J.table = b[1].buf;
    J.starts = b[2].buf;
    J.n_docs = n_docs;
    J.exp_keys = b[3].buf;
    J.exp_off = b[4].buf;
    J.exp_val = b[5].buf;
    J.n_exp = count(&b[3]);
    J.n_exp_val = count(&b[5]);
    J.pre_map = b[6].buf;
    J.pre_end = b[7].buf;
    J.base = b[8].buf;
    J.hash = b[9].buf;
    J.cap = count(&b[9]);
    J.tstart = b[10].buf;
    J.tend = b[11].buf;
    J.offsets = b[12].buf;
    J.maybe = b[13].buf;
    J.maybe_cap = count(&b[13]);
    const char *bad = NULL;
    if (count(&b[1]) != MAX_CP)
        bad = "table must have 0x110000 entries";
    else if (n_docs < 0 || count(&b[12]) != n_docs + 1 || (n > 0 && n_docs < 1))
        bad = "starts and out_offsets must both have one entry per text plus one (texts hold the code points)";
    else if (count(&b[4]) != J.n_exp + 1)
        bad = "exp_offsets must have one entry per expansion plus one";
    else if ((J.pre_map == NULL) != (J.pre_end == NULL) ||
             (J.pre_map && (count(&b[6]) != n || count(&b[7]) != n)))
        bad = "pre_map and pre_end must both be None or both have one entry per code point";
    else if (J.base && (count(&b[8]) != n_docs || !J.tstart || !J.tend || count(&b[10]) < J.cap ||
                        count(&b[11]) < J.cap))
        bad = "with base (one entry per text), out_start and out_end need as much room as out_hash";
    if (bad) {
        PyErr_SetString(PyExc_ValueError, bad);
        goto done;
    }
    Py_BEGIN_ALLOW_THREADS
    switch (b[0].itemsize) {
    case 1:
        status = J.base ? spans_u8(&J, b[0].buf, n) : kernel_u8(&J, b[0].buf, n);
        break;
    case 2:
        status = J.base ? spans_u16(&J, b[0].buf, n) : kernel_u16(&J, b[0].buf, n);
        break;
    default:
        status = J.base ? spans_u32(&J, b[0].buf, n) : kernel_u32(&J, b[0].buf, n);
        break;
    }
    Py_END_ALLOW_THREADS
    result = Py_BuildValue("(innn)", status, J.ntok, J.nmaybe, J.at);
done:
    for (int k = 0; k < got; k++)
        if (b[k].obj)
            PyBuffer_Release(&b[k]);
    return result;
}

PyDoc_STRVAR(tokenise_texts_doc,
             "tokenise_texts(texts, table, exp_keys, exp_offsets, exp_values, shift, out_hash, out_start,\n"
             "               out_end, out_offsets, out_maybe) -> (status, ntok, nmaybe, text, at)\n\n"
             "tokenise() of the str texts as they are in memory, without joining or encoding them: the\n"
             "same arrays as for encode_texts(texts) (NFC positions in the joined coordinates; spans plus\n"
             "shift[text] when shift is given). Stops at the first text whose status is not OK.");

static PyObject *tokenise_texts(PyObject *self, PyObject *args) {
    enum { NB = 10 };
    PyObject *texts, *o[NB], *seq = NULL, *result = NULL;
    Py_buffer b[NB];
    static const char *names[NB] = {"table",     "exp_keys", "exp_offsets", "exp_values",  "shift",
                                    "out_hash",  "out_start", "out_end",    "out_offsets", "out_maybe"};
    static const int spec[NB][3] = {{4, 0, 0}, {4, 0, 0}, {8, 0, 0}, {4, 0, 0}, {8, 0, 1},
                                    {8, 1, 0}, {8, 1, 1}, {8, 1, 1}, {8, 1, 0}, {8, 1, 1}};
    const void **data = NULL;
    int *kinds = NULL;
    Py_ssize_t *lens = NULL;
    int got = 0, status = ST_OK;
    (void)self;
    if (!PyArg_ParseTuple(args, "OOOOOOOOOOO:tokenise_texts", &texts, &o[0], &o[1], &o[2], &o[3], &o[4], &o[5],
                          &o[6], &o[7], &o[8], &o[9]))
        return NULL;
    for (; got < NB; got++)
        if (take(o[got], &b[got], spec[got][1], spec[got][0], spec[got][2], names[got]) < 0)
            goto done;
    seq = PySequence_Tuple(texts); /* holds every text while the GIL is released */
    if (seq == NULL)
        goto done;
    Py_ssize_t n_docs = PyTuple_GET_SIZE(seq), cap = count(&b[5]), mcap = count(&b[9]);
    const char *bad = NULL;
    if (count(&b[0]) != MAX_CP)
        bad = "table must have 0x110000 entries";
    else if (count(&b[8]) != n_docs + 1)
        bad = "out_offsets must have one entry per text plus one";
    else if (count(&b[2]) != count(&b[1]) + 1)
        bad = "exp_offsets must have one entry per expansion plus one";
    else if (b[4].buf && (count(&b[4]) != n_docs || !b[6].buf || !b[7].buf || count(&b[6]) < cap ||
                          count(&b[7]) < cap))
        bad = "with shift (one entry per text), out_start and out_end need as much room as out_hash";
    if (bad) {
        PyErr_SetString(PyExc_ValueError, bad);
        goto done;
    }
    data = PyMem_Malloc(sizeof(void *) * (size_t)(n_docs + 1));
    kinds = PyMem_Malloc(sizeof(int) * (size_t)(n_docs + 1));
    lens = PyMem_Malloc(sizeof(Py_ssize_t) * (size_t)(n_docs + 1));
    if (!data || !kinds || !lens) {
        PyErr_NoMemory();
        goto done;
    }
    for (Py_ssize_t d = 0; d < n_docs; d++) {
        PyObject *t = PyTuple_GET_ITEM(seq, d);
        if (!PyUnicode_Check(t)) {
            PyErr_Format(PyExc_TypeError, "texts[%zd] is %.100s, expected str", d, Py_TYPE(t)->tp_name);
            goto done;
        }
#if PY_VERSION_HEX < 0x030C0000
        if (PyUnicode_READY(t) < 0)
            goto done;
#endif
        data[d] = PyUnicode_DATA(t);
        kinds[d] = (int)PyUnicode_KIND(t);
        lens[d] = PyUnicode_GET_LENGTH(t);
    }
    uint64_t *hash = b[5].buf;
    int64_t *tstart = b[6].buf, *tend = b[7].buf, *offsets = b[8].buf, *maybe = b[9].buf;
    const int64_t *shift = b[4].buf;
    const int spans = b[4].buf != NULL;
    Py_ssize_t ntok = 0, nmaybe = 0, d = 0, at = 0;
    int64_t raw = 0; /* where text d starts in the joined texts */
    Py_BEGIN_ALLOW_THREADS
    for (d = 0; d < n_docs; d++) {
        /* text d alone, as a batch of one: no token crosses the separator between texts */
        int64_t starts[2] = {0, (int64_t)lens[d] + 1}, one_offsets[2], base = spans ? -shift[d] : 0;
        Job J = {0};
        J.table = b[0].buf;
        J.starts = starts;
        J.n_docs = 1;
        J.exp_keys = b[1].buf;
        J.exp_off = b[2].buf;
        J.exp_val = b[3].buf;
        J.n_exp = count(&b[1]);
        J.n_exp_val = count(&b[3]);
        J.base = spans ? &base : NULL;
        J.cap = cap - ntok;
        J.hash = hash + ntok;
        J.tstart = spans ? tstart + ntok : NULL;
        J.tend = spans ? tend + ntok : NULL;
        J.offsets = one_offsets;
        J.maybe = maybe ? maybe + nmaybe : NULL;
        J.maybe_cap = mcap - nmaybe;
        offsets[d] = ntok;
        switch (kinds[d]) {
        case PyUnicode_1BYTE_KIND:
            status = spans ? spans_u8(&J, data[d], lens[d]) : kernel_u8(&J, data[d], lens[d]);
            break;
        case PyUnicode_2BYTE_KIND:
            status = spans ? spans_u16(&J, data[d], lens[d]) : kernel_u16(&J, data[d], lens[d]);
            break;
        default:
            status = spans ? spans_u32(&J, data[d], lens[d]) : kernel_u32(&J, data[d], lens[d]);
            break;
        }
        if (status != ST_OK) {
            at = J.at;
            if (status == ST_ROOM)
                ntok += J.ntok; /* the room needed so far: this text's tokens were all counted */
            break;
        }
        for (Py_ssize_t m = 0; maybe && m < J.nmaybe && nmaybe + m < mcap; m++)
            maybe[nmaybe + m] += raw; /* in the joined coordinates */
        ntok += J.ntok;
        nmaybe += J.nmaybe;
        raw += lens[d] + 1;
    }
    if (status == ST_OK)
        offsets[n_docs] = ntok;
    Py_END_ALLOW_THREADS
    result = Py_BuildValue("(innnn)", status, ntok, nmaybe, d, at);
done:
    PyMem_Free(data);
    PyMem_Free(kinds);
    PyMem_Free(lens);
    Py_XDECREF(seq);
    for (int k = 0; k < got; k++)
        if (b[k].obj)
            PyBuffer_Release(&b[k]);
    return result;
}

/* Word shingles to OPH bins -------------------------------------------------------------------------- */

#define C_GRAM 0xC2B2AE3D27D4EB4Full

/* Bin the OPH values of one shingle hash h into row (num_perm bins): syndetect/sketch/minhash.py. */
static inline void oph_put(uint64_t *row, uint64_t h, uint64_t key, uint64_t num_perm) {
    uint64_t g = mix64(h ^ key);
    uint64_t bin = ((g >> 32) * num_perm) >> 32; /* < num_perm: (g >> 32) < 2**32, num_perm < 2**32 */
    uint64_t v = g & 0xFFFFFFFFull, old = row[bin];
    row[bin] = v < old ? v : old; /* no branch: whether a value lowers its bin is a coin toss */
}

PyDoc_STRVAR(oph_bins_doc,
             "oph_bins(token_hash, token_offsets, k, num_perm, key, bins) -> None\n\n"
             "For every word k-gram shingle of every text (mix64(P ^ m), P = sum t_j * C**(m-1-j) mod 2**64;\n"
             "a text of 1 <= n < k tokens has one shingle of all n), g = mix64(h ^ key) lowers bin\n"
             "((g >> 32) * num_perm) >> 32 of the text's row of bins (uint64, n_texts x num_perm) to g & 0xFFFFFFFF.");

static PyObject *oph_bins(PyObject *self, PyObject *args) {
    PyObject *o[3];
    Py_buffer b[3];
    Py_ssize_t k, num_perm;
    unsigned long long key;
    int got = 0;
    PyObject *result = NULL;
    (void)self;
    if (!PyArg_ParseTuple(args, "OOnnKO:oph_bins", &o[0], &o[1], &k, &num_perm, &key, &o[2]))
        return NULL;
    static const char *names[3] = {"token_hash", "token_offsets", "bins"};
    for (; got < 3; got++)
        if (take(o[got], &b[got], got == 2, 8, 0, names[got]) < 0)
            goto done;
    const uint64_t *t = b[0].buf;
    const int64_t *off = b[1].buf;
    uint64_t *bins = b[2].buf;
    Py_ssize_t n_tok = count(&b[0]), n_docs = count(&b[1]) - 1;
    if (k < 1 || num_perm < 1 || num_perm > 0xFFFFFFFFll || n_docs < 0 || count(&b[2]) / num_perm != n_docs ||
        count(&b[2]) % num_perm != 0) {
        PyErr_SetString(PyExc_ValueError, "need k >= 1, 1 <= num_perm < 2**32 and n_texts x num_perm bins");
        goto done;
    }
    for (Py_ssize_t d = 0; d < n_docs; d++)
        if (off[d] < 0 || off[d] > off[d + 1] || off[d + 1] > n_tok) {
            PyErr_Format(PyExc_ValueError, "token_offsets[%zd:%zd] is not a range of the %zd tokens", d, d + 2,
                         n_tok);
            goto done;
        }
    Py_BEGIN_ALLOW_THREADS
    uint64_t top = 1; /* C**(k-1) mod 2**64: the weight of the token that leaves the window */
    for (Py_ssize_t j = 1; j < k; j++)
        top *= C_GRAM;
    for (Py_ssize_t d = 0; d < n_docs; d++) {
        const uint64_t *tok = t + off[d];
        Py_ssize_t n = (Py_ssize_t)(off[d + 1] - off[d]);
        uint64_t *row = bins + d * num_perm;
        Py_ssize_t m = n < k ? n : k;
        if (n == 0)
            continue;
        uint64_t p = 0; /* every step mod 2**64 */
        for (Py_ssize_t j = 0; j < m; j++)
            p = p * C_GRAM + tok[j];
        oph_put(row, mix64(p ^ (uint64_t)m), key, (uint64_t)num_perm);
        for (Py_ssize_t i = k; i < n; i++) { /* slide: drop tok[i - k], take tok[i] */
            p = (p - tok[i - k] * top) * C_GRAM + tok[i];
            oph_put(row, mix64(p ^ (uint64_t)k), key, (uint64_t)num_perm);
        }
    }
    Py_END_ALLOW_THREADS
    result = Py_None;
    Py_INCREF(result);
done:
    for (int i = 0; i < got; i++)
        PyBuffer_Release(&b[i]);
    return result;
}

static PyMethodDef methods[] = {
    {"tokenise", tokenise, METH_VARARGS, tokenise_doc},
    {"tokenise_texts", tokenise_texts, METH_VARARGS, tokenise_texts_doc},
    {"oph_bins", oph_bins, METH_VARARGS, oph_bins_doc},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_tokenise", "The compiled tokeniser of syndetect.text.native.", -1, methods,
    NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit__tokenise(void) {
    PyObject *m = PyModule_Create(&module);
    if (m == NULL)
        return NULL;
    /* (cp mask, class shift, letter, deleted, expands, nfc maybe, dot, unbuilt): checked by native.py */
    PyObject *layout = Py_BuildValue("(kikkkkkk)", (unsigned long)CP_MASK, CLS_SHIFT, (unsigned long)LETTER,
                                     (unsigned long)DELETED, (unsigned long)EXPANDS, (unsigned long)NFC_MAYBE,
                                     (unsigned long)DOT_FLAG, (unsigned long)UNBUILT);
    if (layout == NULL || PyModule_AddObject(m, "LAYOUT", layout) < 0) {
        Py_XDECREF(layout);
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
