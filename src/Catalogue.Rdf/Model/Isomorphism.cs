namespace Catalogue.Rdf.Model;

/// <summary>
/// RDF graph isomorphism (RDF 1.1 Concepts §3.6): two graphs are isomorphic when a bijection between their blank
/// nodes maps one triple set onto the other. Ground triples are compared directly; blank nodes are coloured by
/// iterated neighbourhood hashing (Weisfeiler–Lehman style), then a backtracking search over equal colours finds the
/// bijection. Hash collisions only cost search time: every candidate mapping is checked against the real triples.
/// </summary>
public static class Isomorphism
{
    public static bool AreIsomorphic(IEnumerable<Triple> a, IEnumerable<Triple> b)
    {
        var setA = a as HashSet<Triple> ?? new HashSet<Triple>(a);
        var setB = b as HashSet<Triple> ?? new HashSet<Triple>(b);
        if (setA.Count != setB.Count) return false;

        var sideA = new Side(setA);
        var sideB = new Side(setB);
        if (sideA.Ground.Count != sideB.Ground.Count || sideA.Nodes.Count != sideB.Nodes.Count) return false;
        foreach (var t in sideA.Ground)
            if (!setB.Contains(t)) return false;
        if (sideA.Nodes.Count == 0) return true;

        if (!Refine(sideA, sideB)) return false;
        return new Matcher(sideA, sideB, setB).Run();
    }

    /// <summary>Colours both sides in lock step; false as soon as their colour multisets differ.</summary>
    private static bool Refine(Side a, Side b)
    {
        var distinct = 0;
        for (var round = 0; round <= a.Nodes.Count; round++)
        {
            if (!SameColourMultiset(a, b)) return false;
            var now = a.Colours.Values.Distinct().Count();
            if (round > 0 && now == distinct) return true;
            distinct = now;
            a.RefineOnce();
            b.RefineOnce();
        }
        return SameColourMultiset(a, b);
    }

    private static bool SameColourMultiset(Side a, Side b)
    {
        var counts = new Dictionary<ulong, int>();
        foreach (var c in a.Colours.Values) counts[c] = counts.GetValueOrDefault(c) + 1;
        foreach (var c in b.Colours.Values)
        {
            if (!counts.TryGetValue(c, out var n) || n == 0) return false;
            counts[c] = n - 1;
        }
        return true;
    }

    private sealed class Side
    {
        public readonly List<Triple> Ground = new();
        public readonly List<BlankNode> Nodes = new();
        public readonly Dictionary<BlankNode, List<Triple>> Incident = new();
        public Dictionary<BlankNode, ulong> Colours = new();

        public Side(HashSet<Triple> triples)
        {
            foreach (var t in triples)
            {
                var touched = false;
                if (t.Subject is BlankNode s) { Touch(s, t); touched = true; }
                if (t.Object is BlankNode o && !o.Equals(t.Subject)) { Touch(o, t); touched = true; }
                else if (t.Object is BlankNode) touched = true;
                if (!touched) Ground.Add(t);
            }
            foreach (var n in Nodes) Colours[n] = 0x9E3779B97F4A7C15UL;
            RefineOnce();
        }

        private void Touch(BlankNode n, Triple t)
        {
            if (!Incident.TryGetValue(n, out var list))
            {
                Incident[n] = list = new List<Triple>();
                Nodes.Add(n);
            }
            list.Add(t);
        }

        public void RefineOnce()
        {
            var next = new Dictionary<BlankNode, ulong>(Colours.Count);
            foreach (var n in Nodes)
            {
                var sum = 0UL;
                foreach (var t in Incident[n])
                    sum += Mix(Mix(Mix(TermHash(t.Subject, n)) ^ TermHash(t.Predicate, n)) ^ (TermHash(t.Object, n) * 31));
                next[n] = Mix(Colours[n] ^ sum);
            }
            Colours = next;
        }

        private ulong TermHash(Term term, BlankNode self) => term switch
        {
            BlankNode bn when bn.Equals(self) => 0xA5A5A5A5A5A5A5A5UL,
            BlankNode bn => Colours[bn] ^ 0x5555UL,
            _ => (ulong)(uint)term.GetHashCode() * 0x100000001B3UL,
        };
    }

    /// <summary>Backtracking search: nodes with rare colours are mapped first, each step checked against B.</summary>
    private sealed class Matcher(Side a, Side b, HashSet<Triple> setB)
    {
        private readonly Dictionary<BlankNode, BlankNode> _map = new();
        private readonly HashSet<BlankNode> _used = new();
        private Dictionary<ulong, List<BlankNode>> _byColourB = null!;
        private List<BlankNode> _order = null!;

        public bool Run()
        {
            _byColourB = b.Nodes.GroupBy(n => b.Colours[n]).ToDictionary(g => g.Key, g => g.ToList());
            _order = a.Nodes.OrderBy(n => _byColourB[a.Colours[n]].Count).ToList();
            return Assign(0);
        }

        private bool Assign(int index)
        {
            if (index == _order.Count) return true;
            var node = _order[index];
            foreach (var candidate in _byColourB[a.Colours[node]])
            {
                if (_used.Contains(candidate)) continue;
                _map[node] = candidate;
                _used.Add(candidate);
                if (Consistent(node) && Assign(index + 1)) return true;
                _map.Remove(node);
                _used.Remove(candidate);
            }
            return false;
        }

        // Every triple of the new node whose blank nodes are all mapped must exist in B.
        private bool Consistent(BlankNode node)
        {
            foreach (var t in a.Incident[node])
            {
                var s = MapOrNull(t.Subject);
                var o = MapOrNull(t.Object);
                if (s is null || o is null) continue;
                if (!setB.Contains(new Triple(s, t.Predicate, o))) return false;
            }
            return true;
        }

        private Term? MapOrNull(Term term) =>
            term is BlankNode bn ? (_map.TryGetValue(bn, out var m) ? m : null) : term;
    }

    private static ulong Mix(ulong x)
    {
        x ^= x >> 33;
        x *= 0xFF51AFD7ED558CCDUL;
        x ^= x >> 33;
        x *= 0xC4CEB9FE1A85EC53UL;
        x ^= x >> 33;
        return x;
    }
}
