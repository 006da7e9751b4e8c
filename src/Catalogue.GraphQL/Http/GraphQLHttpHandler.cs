using System.Text.Json;
using Catalogue.GraphQL.Errors;
using Catalogue.GraphQL.Execution;
using Catalogue.GraphQL.Language;
using Microsoft.AspNetCore.Http;

namespace Catalogue.GraphQL.Http;

/// <summary>
/// GraphQL over HTTP (graphql.github.io/graphql-over-http): GET for queries, POST with application/json,
/// Accept negotiation between application/graphql-response+json and application/json, and status codes:
/// request errors are 400 under graphql-response+json and 200 under application/json; malformed HTTP
/// requests are 400/405/406/415.
/// </summary>
public sealed class GraphQLHttpHandler(GraphQLHttpOptions options)
{
    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var accept = request.Headers.Accept.ToString();

        if (HttpMethods.IsGet(request.Method) && options.IdeEnabled && !request.Query.ContainsKey("query") && MediaTypes.AcceptsHtml(accept))
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(ExplorerPage.Html, context.RequestAborted);
            return;
        }

        var mediaType = MediaTypes.Negotiate(accept);
        if (mediaType is null)
        {
            await WriteErrorAsync(context, StatusCodes.Status406NotAcceptable, MediaTypes.Json,
                $"Accept header must allow {MediaTypes.GraphQLResponse} or {MediaTypes.Json}.");
            return;
        }

        if (HttpMethods.IsGet(request.Method)) await HandleGetAsync(context, mediaType);
        else if (HttpMethods.IsPost(request.Method)) await HandlePostAsync(context, mediaType);
        else
        {
            context.Response.Headers.Allow = "GET, POST";
            await WriteErrorAsync(context, StatusCodes.Status405MethodNotAllowed, mediaType, "Only GET and POST are supported.");
        }
    }

    private async Task HandleGetAsync(HttpContext context, string mediaType)
    {
        var (graphQLRequest, error) = GraphQLRequestParser.FromQueryString(name => context.Request.Query[name].FirstOrDefault());
        if (graphQLRequest is null)
        {
            await WriteErrorAsync(context, StatusCodes.Status400BadRequest, mediaType, error!);
            return;
        }
        // GET must not change state: mutations (and subscriptions) are refused before anything runs.
        if (GraphQLRequestExecutor.OperationTypeOf(graphQLRequest) is OperationType.Mutation or OperationType.Subscription)
        {
            context.Response.Headers.Allow = "POST";
            await WriteErrorAsync(context, StatusCodes.Status405MethodNotAllowed, mediaType, "Mutations can only be sent with POST.");
            return;
        }
        var response = await ExecuteAsync(context, graphQLRequest);
        await WriteResultAsync(context, mediaType, StatusFor(response, mediaType), response.Result);
    }

    private async Task HandlePostAsync(HttpContext context, string mediaType)
    {
        var contentType = context.Request.ContentType;
        if (string.IsNullOrEmpty(contentType))
        {
            await WriteErrorAsync(context, StatusCodes.Status415UnsupportedMediaType, mediaType, "Missing Content-Type: use application/json.");
            return;
        }
        var (type, charset) = MediaTypes.ParseContentType(contentType);
        if (type != MediaTypes.Json || (charset is not null && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)))
        {
            await WriteErrorAsync(context, StatusCodes.Status415UnsupportedMediaType, mediaType,
                $"Unsupported Content-Type \"{contentType}\": use application/json (UTF-8).");
            return;
        }

        JsonDocument body;
        try
        {
            body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        }
        catch (JsonException)
        {
            await WriteErrorAsync(context, StatusCodes.Status400BadRequest, mediaType, "Request body is not valid JSON.");
            return;
        }

        using (body)
        {
            if (body.RootElement.ValueKind == JsonValueKind.Array)
            {
                await HandleBatchAsync(context, mediaType, body.RootElement);
                return;
            }
            var (graphQLRequest, error) = GraphQLRequestParser.FromJson(body.RootElement);
            if (graphQLRequest is null)
            {
                await WriteErrorAsync(context, StatusCodes.Status400BadRequest, mediaType, error!);
                return;
            }
            var response = await ExecuteAsync(context, graphQLRequest);
            await WriteResultAsync(context, mediaType, StatusFor(response, mediaType), response.Result);
        }
    }

    private async Task HandleBatchAsync(HttpContext context, string mediaType, JsonElement batch)
    {
        if (!options.BatchingEnabled)
        {
            await WriteErrorAsync(context, StatusCodes.Status400BadRequest, mediaType, "Batched requests are not enabled.");
            return;
        }
        if (batch.GetArrayLength() is 0 || batch.GetArrayLength() > options.MaxBatchSize)
        {
            await WriteErrorAsync(context, StatusCodes.Status400BadRequest, mediaType, $"A batch must hold 1 to {options.MaxBatchSize} requests.");
            return;
        }
        var results = new List<ExecutionResult>();
        foreach (var item in batch.EnumerateArray())
        {
            var (graphQLRequest, error) = GraphQLRequestParser.FromJson(item);
            results.Add(graphQLRequest is null
                ? ExecutionResult.FromRequestErrors([BadRequest(error!)])
                : (await ExecuteAsync(context, graphQLRequest)).Result);
        }
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = mediaType + "; charset=utf-8";
        await JsonSerializer.SerializeAsync(context.Response.Body, results, ResponseJson, context.RequestAborted);
    }

    private Task<GraphQLResponse> ExecuteAsync(HttpContext context, GraphQLRequest request)
        => GraphQLRequestExecutor.ExecuteAsync(request, options.ResolveSchema(context), options.ContextFactory?.Invoke(context),
            options, context.RequestAborted);

    /// <summary>Request errors are 400 only for graphql-response+json; legacy application/json clients always get 200.</summary>
    private static int StatusFor(GraphQLResponse response, string mediaType)
        => response.IsRequestError && mediaType == MediaTypes.GraphQLResponse ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;

    private static GraphQLError BadRequest(string message)
        => new(message, extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.BadRequest });

    private static Task WriteErrorAsync(HttpContext context, int status, string mediaType, string message)
        => WriteResultAsync(context, mediaType, status, ExecutionResult.FromRequestErrors([BadRequest(message)]));

    /// <summary>
    /// Responses are JSON served as JSON (never inlined in HTML), so only what JSON itself requires is escaped:
    /// accented text stays UTF-8, as graphql-js's JSON.stringify writes it, and is written without the default
    /// encoder's per-character escaping work.
    /// </summary>
    internal static readonly JsonSerializerOptions ResponseJson = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static async Task WriteResultAsync(HttpContext context, string mediaType, int status, ExecutionResult result)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = mediaType + "; charset=utf-8";
        await JsonSerializer.SerializeAsync(context.Response.Body, result, ResponseJson, context.RequestAborted);
    }
}
