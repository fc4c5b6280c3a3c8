/** Disjoint sets of item indices; a joined set's root is its lowest index, so clusters keep reading order. */
export class UnionFind {
  private parent: Int32Array;
  constructor(n: number) {
    this.parent = new Int32Array(n);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }
  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root] as number;
    let node = i;
    while (this.parent[node] !== root) {
      const next = this.parent[node] as number;
      this.parent[node] = root;
      node = next;
    }
    return root;
  }
  union(a: number, b: number): number {
    const ra = this.find(a);
    const rb = this.find(b);
    const root = Math.min(ra, rb);
    this.parent[Math.max(ra, rb)] = root;
    return root;
  }
}
