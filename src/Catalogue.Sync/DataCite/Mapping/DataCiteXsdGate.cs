using System.Text;
using System.Text.RegularExpressions;
using Catalogue.Domain.Rules;
using Catalogue.Sync.DataCite.Metadata;

namespace Catalogue.Sync.DataCite.Mapping;

/// <summary>
/// Validates the DataCite XML a record would produce against the kernel XSD before anything is sent, and
/// reports each violation at a field path under <c>datacite.</c> (e.g. <c>datacite.creators[0]</c>), so
/// publishing is refused with the fields to fix instead of failing later at DataCite.
/// </summary>
public static partial class DataCiteXsdGate
{
    public const string Code = "datacite-xsd";

    public static IReadOnlyList<ValidationIssue> Check(DataCiteMetadata metadata, DataCiteXsdValidator validator) =>
        validator.Validate(metadata)
            .Select(e => new ValidationIssue(FieldPath(e.Location), Code, e.Message))
            .DistinctBy(i => (i.Path, i.Message))
            .ToArray();

    /// <summary>
    /// <c>/resource/creators[1]/creator[2]/creatorName[1]/@nameType</c> → <c>datacite.creators[1].creatorName.nameType</c>:
    /// a wrapper and its item collapse into one zero-based index, single elements lose their <c>[1]</c>.
    /// </summary>
    public static string FieldPath(string location)
    {
        string[] steps = location.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var path = new StringBuilder("datacite");
        int first = steps.Length > 0 && steps[0] == "resource" ? 1 : 0;
        for (int i = first; i < steps.Length; i++)
        {
            (string name, int position) = Step(steps[i]);
            bool isWrapper = i + 1 < steps.Length && Step(steps[i + 1]).Name + "s" == name
                             || i + 1 < steps.Length && name == "rightsList" && Step(steps[i + 1]).Name == "rights";
            if (isWrapper)
            {
                path.Append('.').Append(name).Append('[').Append(Step(steps[i + 1]).Position - 1).Append(']');
                i++;
            }
            else
            {
                path.Append('.').Append(name);
                if (position > 1) path.Append('[').Append(position - 1).Append(']');
            }
        }
        return path.ToString();
    }

    private static (string Name, int Position) Step(string step)
    {
        Match m = StepPattern().Match(step);
        return m.Success
            ? (m.Groups["name"].Value, m.Groups["pos"].Success ? int.Parse(m.Groups["pos"].Value, System.Globalization.CultureInfo.InvariantCulture) : 1)
            : (step.TrimStart('@'), 1);
    }

    [GeneratedRegex(@"^@?(?<name>[^\[]+)(\[(?<pos>\d+)\])?$")]
    private static partial Regex StepPattern();
}
