using System.Net;
using Catalogue.Api.Tests.Infrastructure;
using Catalogue.Domain.Samples;

namespace Catalogue.Api.Tests.Apis;

public sealed class LowRateLimitFactory : CatalogueApiFactory
{
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["RateLimits:WritesPerMinute"] = "2" };
}

public sealed class LimitsTests(LowRateLimitFactory factory) : IClassFixture<LowRateLimitFactory>
{
    [Fact]
    public async Task Writes_beyond_the_rate_limit_get_429_with_retry_after_while_reads_go_on()
    {
        var admin = factory.Admin();
        string Body(int i) => $"{{\"organizationId\":\"{DemoCatalogue.Hdh}\",\"title\":{{\"fr\":\"Limite {i}\"}}}}";
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsync("/api/v1/datasets", TestHttp.Json(Body(1)))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsync("/api/v1/datasets", TestHttp.Json(Body(2)))).StatusCode);
        var third = await admin.PostAsync("/api/v1/datasets", TestHttp.Json(Body(3)));
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.True(third.Headers.RetryAfter is not null);
        Assert.Equal("application/problem+json", third.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/v1/datasets")).StatusCode);
    }

    [Fact]
    public async Task A_body_over_the_size_limit_is_refused_before_it_is_read()
    {
        var huge = "{\"title\":{\"fr\":\"" + new string('x', 11 * 1024 * 1024) + "\"}}";
        var r = await factory.Admin().PutAsync($"/api/v1/datasets/{Guid.NewGuid()}", TestHttp.Json(huge));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, r.StatusCode);
    }
}
