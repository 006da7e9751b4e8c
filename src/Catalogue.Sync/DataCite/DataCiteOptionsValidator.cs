using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Catalogue.Sync.DataCite;

/// <summary>Startup validation of <see cref="DataCiteOptions"/>; messages never include the password.</summary>
public sealed class DataCiteOptionsValidator : IValidateOptions<DataCiteOptions>
{
    public ValidateOptionsResult Validate(string? name, DataCiteOptions options)
    {
        var failures = new List<string>();
        Collect(options, failures);
        Collect(options.RateLimit, failures);
        if (!options.BaseUrl.IsAbsoluteUri || options.BaseUrl.Scheme is not ("https" or "http"))
            failures.Add("DataCite BaseUrl must be an absolute http(s) URL.");
        if (!options.RepositoryId.Contains('.'))
            failures.Add("DataCite RepositoryId must be a repository account (PROVIDER.REPOSITORY), not a member account.");
        if (options.RateLimit.Window <= TimeSpan.Zero)
            failures.Add("DataCite RateLimit.Window must be positive.");
        if (options.SchemaDirectory is { } dir && !File.Exists(Path.Combine(dir, "metadata.xsd")))
            failures.Add($"DataCite SchemaDirectory '{dir}' does not contain metadata.xsd.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Collect(object instance, List<string> failures)
    {
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(instance, new ValidationContext(instance), results, validateAllProperties: true))
            failures.AddRange(results.Select(r => $"DataCite {string.Join(",", r.MemberNames)}: {r.ErrorMessage}"));
    }
}
