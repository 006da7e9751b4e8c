using System.Security.Cryptography;
using Catalogue.Api.Infrastructure;
using Catalogue.Api.Infrastructure.Entities;
using Catalogue.Api.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Api.Http;

/// <summary>
/// Honours <c>Idempotency-Key</c> on POST: the first request with a key runs and its response is kept; a retry
/// with the same key and body gets the same response without acting again; the same key with another body
/// is a 422. A placeholder row claims the key first, so two concurrent retries cannot both run.
/// </summary>
public sealed class IdempotencyFilter(CatalogueDbContext db) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var key = http.Request.Headers["Idempotency-Key"].ToString();
        if (string.IsNullOrEmpty(key)) return await next(context);
        if (key.Length > 200) return Problem(400, "Idempotency-Key is at most 200 characters.");

        var owner = Caller.From(http.User).Name;
        http.Request.EnableBuffering();
        var hash = Convert.ToHexString(await SHA256.HashDataAsync(http.Request.Body, http.RequestAborted)) + ":" + http.Request.Path;
        http.Request.Body.Position = 0;

        var existing = await db.IdempotencyKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Owner == owner && k.Key == key, http.RequestAborted);
        if (existing is not null)
        {
            if (existing.RequestHash != hash) return Problem(422, "This Idempotency-Key was used with a different request.");
            if (existing.StatusCode == 0) return Problem(409, "A request with this Idempotency-Key is still being processed.");
            http.Response.Headers["Idempotent-Replayed"] = "true";
            if (existing.Location is not null) http.Response.Headers.Location = existing.Location;
            if (existing.ETag is not null) http.Response.Headers.ETag = existing.ETag;
            return Results.Text(existing.Body, "application/json", statusCode: existing.StatusCode);
        }

        var claim = new IdempotencyEntity { Owner = owner, Key = key, RequestHash = hash, CreatedAt = DateTime.UtcNow };
        db.IdempotencyKeys.Add(claim);
        try { await db.SaveChangesAsync(http.RequestAborted); }
        catch (DbUpdateException) { db.ChangeTracker.Clear(); return Problem(409, "A request with this Idempotency-Key is still being processed."); }

        object? result;
        try { result = await next(context); }
        catch
        {
            db.ChangeTracker.Clear();
            await db.IdempotencyKeys.Where(k => k.Owner == owner && k.Key == key).ExecuteDeleteAsync(CancellationToken.None);
            throw;
        }

        // Run the result into a buffer so it can be both stored and sent.
        var original = http.Response.Body;
        using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        if (result is IResult r) await r.ExecuteAsync(http);
        http.Response.Body = original;
        buffer.Position = 0;
        var body = new StreamReader(buffer).ReadToEnd();
        await db.IdempotencyKeys.Where(k => k.Owner == owner && k.Key == key).ExecuteUpdateAsync(s => s
            .SetProperty(k => k.StatusCode, http.Response.StatusCode)
            .SetProperty(k => k.Body, body)
            .SetProperty(k => k.Location, http.Response.Headers.Location.ToString() is { Length: > 0 } l ? l : null)
            .SetProperty(k => k.ETag, http.Response.Headers.ETag.ToString() is { Length: > 0 } e ? e : null), CancellationToken.None);
        buffer.Position = 0;
        await buffer.CopyToAsync(original, http.RequestAborted);
        return Results.Empty;
    }

    private static IResult Problem(int status, string detail) =>
        TypedResults.Problem(new ProblemDetails { Status = status, Title = "Idempotency-Key", Detail = detail, Extensions = { ["errors"] = new Dictionary<string, string[]> { ["Idempotency-Key"] = [detail] } } });
}
