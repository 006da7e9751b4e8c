using System.Text.Json;

namespace Catalogue.GraphQL.Http;

/// <summary>
/// Reads the request parameters (query, operationName, variables, extensions) from a JSON body or from
/// URL query parameters, enforcing their JSON types as the GraphQL-over-HTTP spec requires.
/// Problems are returned as a message for a 400 response.
/// </summary>
public static class GraphQLRequestParser
{
    public static (GraphQLRequest? Request, string? Error) FromJson(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object) return (null, "Request body must be a JSON object.");

        string? query = null, operationName = null;
        IReadOnlyDictionary<string, object?>? variables = null, extensions = null;
        foreach (var property in body.EnumerateObject())
        {
            var value = property.Value;
            switch (property.Name)
            {
                case "query":
                    if (value.ValueKind != JsonValueKind.String) return (null, "The \"query\" parameter must be a string.");
                    query = value.GetString();
                    break;
                case "operationName":
                    if (value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
                        return (null, "The \"operationName\" parameter must be a string or null.");
                    operationName = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
                    break;
                case "variables":
                    if (value.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
                        return (null, "The \"variables\" parameter must be an object or null.");
                    variables = value.ValueKind == JsonValueKind.Object ? ToMap(value) : null;
                    break;
                case "extensions":
                    if (value.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
                        return (null, "The \"extensions\" parameter must be an object or null.");
                    extensions = value.ValueKind == JsonValueKind.Object ? ToMap(value) : null;
                    break;
            }
        }
        if (query is null) return (null, "The \"query\" parameter is required and must be a string.");
        return (new GraphQLRequest(query, operationName, variables, extensions), null);
    }

    /// <summary>GET parameters: variables and extensions are JSON-encoded strings.</summary>
    public static (GraphQLRequest? Request, string? Error) FromQueryString(Func<string, string?> parameter)
    {
        var query = parameter("query");
        if (string.IsNullOrEmpty(query)) return (null, "The \"query\" parameter is required.");
        var operationName = parameter("operationName");

        var (variables, variablesError) = JsonObjectParameter(parameter("variables"), "variables");
        if (variablesError is not null) return (null, variablesError);
        var (extensions, extensionsError) = JsonObjectParameter(parameter("extensions"), "extensions");
        if (extensionsError is not null) return (null, extensionsError);
        return (new GraphQLRequest(query, string.IsNullOrEmpty(operationName) ? null : operationName, variables, extensions), null);
    }

    private static (IReadOnlyDictionary<string, object?>? Map, string? Error) JsonObjectParameter(string? text, string name)
    {
        if (string.IsNullOrEmpty(text)) return (null, null);
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind switch
            {
                JsonValueKind.Object => (ToMap(document.RootElement.Clone()), null),
                JsonValueKind.Null => (null, null),
                _ => (null, $"The \"{name}\" parameter must be a JSON object."),
            };
        }
        catch (JsonException)
        {
            return (null, $"The \"{name}\" parameter is not valid JSON.");
        }
    }

    private static Dictionary<string, object?> ToMap(JsonElement element)
    {
        var map = new Dictionary<string, object?>();
        foreach (var property in element.EnumerateObject()) map[property.Name] = property.Value.Clone();
        return map;
    }
}
