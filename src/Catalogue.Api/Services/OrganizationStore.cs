using System.Text.Json;
using Catalogue.Api.Infrastructure;
using Catalogue.Api.Infrastructure.Entities;
using Catalogue.Api.Security;
using Catalogue.Domain.Model;
using Catalogue.Domain.Rules;
using Catalogue.Domain.Vocabularies;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Api.Services;

/// <summary>Publishing organisations. Anyone reads them; admins create them; an org's editors update it.</summary>
public sealed class OrganizationStore(CatalogueDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<Organization>> ListAsync(CancellationToken ct) =>
        (await db.Organizations.AsNoTracking().OrderBy(o => o.Name).Select(o => o.Document).ToListAsync(ct)).Select(Parse).ToList();

    public async Task<IReadOnlyList<Organization>> GetManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var list = ids.ToList();
        return (await db.Organizations.AsNoTracking().Where(o => list.Contains(o.Id)).Select(o => o.Document).ToListAsync(ct)).Select(Parse).ToList();
    }

    public async Task<Organization> GetAsync(string key, CancellationToken ct)
    {
        var q = db.Organizations.AsNoTracking();
        var doc = Guid.TryParse(key, out var id)
            ? await q.Where(o => o.Id == id).Select(o => o.Document).FirstOrDefaultAsync(ct)
            : await q.Where(o => o.Slug == key).Select(o => o.Document).FirstOrDefaultAsync(ct);
        return doc is null ? throw new NotFoundException($"Organisation '{key}'") : Parse(doc);
    }

    public async Task<Organization> CreateAsync(Organization o, Caller caller, CancellationToken ct)
    {
        if (!caller.IsAdmin) throw new ForbiddenException("Only an admin key can create organisations.");
        o.Id = o.Id == Guid.Empty ? Guid.NewGuid() : o.Id;
        o.Slug = string.IsNullOrWhiteSpace(o.Slug) ? RecordDefaults.Slugify(o.Acronym ?? o.Name) : o.Slug;
        o.CreatedAt = o.ModifiedAt = clock.GetUtcNow();
        Validate(o);
        if (await db.Organizations.AnyAsync(x => x.Slug == o.Slug || x.Id == o.Id, ct)) throw new ConflictException($"The organisation '{o.Slug}' exists.");
        db.Organizations.Add(new OrganizationEntity { Id = o.Id, Slug = o.Slug, Name = o.Name, Document = Serialize(o) });
        await db.SaveChangesAsync(ct);
        return o;
    }

    public async Task<Organization> UpdateAsync(Guid id, Organization o, Caller caller, CancellationToken ct)
    {
        if (!caller.CanEdit(id)) throw new ForbiddenException("This key cannot edit that organisation.");
        var entity = await db.Organizations.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException($"Organisation '{id}'");
        var current = Parse(entity.Document);
        o.Id = id;
        o.CreatedAt = current.CreatedAt;
        o.ModifiedAt = clock.GetUtcNow();
        o.Slug = string.IsNullOrWhiteSpace(o.Slug) ? current.Slug : o.Slug;
        o.UdataId ??= current.UdataId;
        Validate(o);
        if (o.Slug != current.Slug && await db.Organizations.AnyAsync(x => x.Slug == o.Slug, ct)) throw new ConflictException($"The slug '{o.Slug}' is taken.");
        entity.Slug = o.Slug;
        entity.Name = o.Name;
        entity.Document = Serialize(o);
        var renamed = o.Name != current.Name || o.Acronym != current.Acronym;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        // The listing summaries of its datasets name the publisher: cleared with the change (listings compute
        // a missing summary from the document), then computed again with the new name.
        if (renamed) await db.Summaries.Where(s => db.Datasets.Any(d => d.SearchKey == s.SearchKey && d.OrganizationId == id)).ExecuteDeleteAsync(ct);
        await tx.CommitAsync(ct);
        if (renamed) await DatasetSummary.BackfillAsync(db, id, ct);
        return o;
    }

    public static void Validate(Organization o)
    {
        var issues = new List<ValidationIssue>();
        if (string.IsNullOrWhiteSpace(o.Name) || o.Name.Length > 300) issues.Add(new("name", "required", "A name of 1 to 300 characters is required."));
        if (!RecordValidator.SlugPattern().IsMatch(o.Slug)) issues.Add(new("slug", "invalid", "A slug is lower-case letters, digits and single hyphens."));
        if (o.Type is not null && !Vocabularies.PublisherType.Contains(o.Type))
            issues.Add(new("type", "unknownCode", $"'{o.Type}' is not a code of the publisher-type vocabulary."));
        if (o.Acronym is { Length: > 30 }) issues.Add(new("acronym", "tooLong", "An acronym is at most 30 characters."));
        if (o.ContactPoint.Email is not null && !RecordValidator.EmailPattern().IsMatch(o.ContactPoint.Email))
            issues.Add(new("contactPoint.email", "invalidEmail", "Not an e-mail address."));
        if (issues.Count > 0) throw new RecordValidationException(issues);
    }

    private static Organization Parse(string json) => JsonSerializer.Deserialize(json, RecordJsonContext.Default.Organization)!;
    private static string Serialize(Organization o) => JsonSerializer.Serialize(o, RecordJsonContext.Default.Organization);
}
