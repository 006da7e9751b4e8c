using Catalogue.Domain.Model;
using Catalogue.Domain.Vocabularies;

namespace Catalogue.Sync.Udata.Mapping;

/// <summary>
/// Tags the open-data guide asks for (contract §9): the organisation's acronym, <c>health-data-hub</c>, <c>hdh</c>,
/// theme keywords, plus the record's own extra tags; normalised as udata does and limited to the lengths it accepts.
/// </summary>
public static class UdataTagSet
{
    public static readonly IReadOnlyList<string> Always = ["health-data-hub", "hdh"];

    public static IReadOnlyList<string> For(DatasetRecord r, Organization? org) =>
        Valid(Derived(r, org).Concat(r.Tags));

    /// <summary>Tags the catalogue computes: on the way back, only the others are the record's own tags.</summary>
    public static IReadOnlyList<string> Derived(DatasetRecord r, Organization? org)
    {
        var tags = new List<string>(Always);
        if (org?.Acronym is { } acronym) tags.Add(acronym);
        tags.AddRange(r.Keywords.TryGetValue("fr", out var fr) ? fr : r.Keywords.AllValues);
        foreach (var theme in r.Themes)
            if (Vocabularies.DataTheme.Find(theme) is { } concept) tags.Add(concept.Label("fr"));
        return Valid(tags);
    }

    /// <summary>Remote tags minus the derived ones: what a person added on the website.</summary>
    public static List<string> Own(IEnumerable<string> remoteTags, DatasetRecord r, Organization? org)
    {
        var derived = Derived(r, org).ToHashSet(StringComparer.Ordinal);
        return UdataTags.NormalizeAll(remoteTags).Where(t => !derived.Contains(t)).ToList();
    }

    private static IReadOnlyList<string> Valid(IEnumerable<string> tags) =>
        UdataTags.NormalizeAll(tags).Where(UdataTags.HasValidLength).ToList();
}
