namespace Catalogue.GraphQL.Utilities;

/// <summary>
/// graphql-js jsutils/suggestionList: the options within a lexical distance of 40% of the input's length,
/// closest first, ties broken by natural order.
/// </summary>
public static class SuggestionList
{
    public static IReadOnlyList<string> Suggest(string input, IEnumerable<string> options)
    {
        var distances = new Dictionary<string, int>();
        var lexical = new LexicalDistance(input);
        var threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        foreach (var option in options)
        {
            var distance = lexical.Measure(option, threshold);
            if (distance is { } d) distances[option] = d;
        }
        return distances.Keys
            .OrderBy(k => k, Comparer<string>.Create((a, b) =>
            {
                var diff = distances[a] - distances[b];
                return diff != 0 ? diff : NaturalCompare(a, b);
            }))
            .ToList();
    }

    /// <summary>Compares strings treating runs of digits as numbers (graphql-js naturalCompare).</summary>
    public static int NaturalCompare(string a, string b)
    {
        int ai = 0, bi = 0;
        while (ai < a.Length && bi < b.Length)
        {
            int ac = a[ai], bc = b[bi];
            if (IsDigit(ac) && IsDigit(bc))
            {
                long an = 0;
                do
                {
                    ++ai;
                    an = an * 10 + ac - '0';
                    ac = ai < a.Length ? a[ai] : -1;
                } while (IsDigit(ac) && an > 0);
                long bn = 0;
                do
                {
                    ++bi;
                    bn = bn * 10 + bc - '0';
                    bc = bi < b.Length ? b[bi] : -1;
                } while (IsDigit(bc) && bn > 0);
                if (an < bn) return -1;
                if (an > bn) return 1;
            }
            else
            {
                if (ac < bc) return -1;
                if (ac > bc) return 1;
                ++ai;
                ++bi;
            }
        }
        return a.Length - b.Length;
    }

    private static bool IsDigit(int c) => c is >= '0' and <= '9';

    /// <summary>Damerau-Levenshtein (optimal string alignment) distance over lower-cased input, with a case-only change counting as 1.</summary>
    private sealed class LexicalDistance(string input)
    {
        private readonly string _inputLower = input.ToLowerInvariant();

        public int? Measure(string option, int threshold)
        {
            if (input == option) return 0;
            var optionLower = option.ToLowerInvariant();
            if (_inputLower == optionLower) return 1;
            var a = optionLower;
            var b = _inputLower;
            if (a.Length < b.Length) (a, b) = (b, a);
            if (a.Length - b.Length > threshold) return null;
            var rows = new int[3][];
            for (var r = 0; r < 3; r++) rows[r] = new int[b.Length + 1];
            for (var j = 0; j <= b.Length; j++) rows[0][j] = j;
            for (var i = 1; i <= a.Length; i++)
            {
                var up = rows[(i - 1) % 3];
                var current = rows[i % 3];
                var smallest = current[0] = i;
                for (var j = 1; j <= b.Length; j++)
                {
                    var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    var cell = Math.Min(Math.Min(up[j] + 1, current[j - 1] + 1), up[j - 1] + cost);
                    if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                        cell = Math.Min(cell, rows[(i - 2) % 3][j - 2] + 1);
                    if (cell < smallest) smallest = cell;
                    current[j] = cell;
                }
                if (smallest > threshold) return null;
            }
            var distance = rows[a.Length % 3][b.Length];
            return distance <= threshold ? distance : null;
        }
    }
}
