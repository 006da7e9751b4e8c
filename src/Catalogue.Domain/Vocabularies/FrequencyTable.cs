namespace Catalogue.Domain.Vocabularies;

/// <summary>EU frequency NAL code (our canonical value) ↔ udata frequency id (shared/udata/CONTRACT.md §7.2).</summary>
public static class FrequencyTable
{
    public static readonly IReadOnlyDictionary<string, string> EuToUdata = new Dictionary<string, string>
    {
        ["CONT"] = "continuous", ["UPDATE_CONT"] = "continuous", ["1MIN"] = "oneMinute", ["5MIN"] = "fiveMinutes",
        ["10MIN"] = "tenMinutes", ["15MIN"] = "fifteenMinutes", ["30MIN"] = "thirtyMinutes", ["HOURLY"] = "hourly",
        ["BIHOURLY"] = "bihourly", ["TRIHOURLY"] = "trihourly", ["12HRS"] = "twelveHours", ["DAILY"] = "daily",
        ["DAILY_2"] = "semidaily", ["WEEKLY"] = "weekly", ["WEEKLY_2"] = "semiweekly", ["WEEKLY_3"] = "threeTimesAWeek",
        ["WEEKLY_5"] = "fiveTimesAWeek", ["BIWEEKLY"] = "biweekly", ["MONTHLY"] = "monthly", ["MONTHLY_2"] = "semimonthly",
        ["MONTHLY_3"] = "threeTimesAMonth", ["BIMONTHLY"] = "bimonthly", ["QUARTERLY"] = "quarterly",
        ["ANNUAL"] = "annual", ["ANNUAL_2"] = "semiannual", ["ANNUAL_3"] = "threeTimesAYear", ["BIENNIAL"] = "biennial",
        ["TRIENNIAL"] = "triennial", ["QUADRENNIAL"] = "quadrennial", ["QUINQUENNIAL"] = "quinquennial",
        ["DECENNIAL"] = "decennial", ["BIDECENNIAL"] = "bidecennial", ["TRIDECENNIAL"] = "tridecennial",
        ["IRREG"] = "irregular", ["AS_NEEDED"] = "punctual", ["NEVER"] = "never", ["NOT_PLANNED"] = "notPlanned",
        ["OTHER"] = "other", ["UNKNOWN"] = "unknown",
    };

    /// <summary>udata → EU. Where two EU codes share one udata id, the first listed above wins.</summary>
    public static readonly IReadOnlyDictionary<string, string> UdataToEu =
        EuToUdata.GroupBy(kv => kv.Value).ToDictionary(g => g.Key, g => g.First().Key);

    public static string ToUdata(string? eu) => eu is not null && EuToUdata.TryGetValue(eu, out var u) ? u : "unknown";
    public static string? FromUdata(string? udata) => udata is not null && UdataToEu.TryGetValue(udata, out var e) ? e : null;
}
