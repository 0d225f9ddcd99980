using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using OmsServerless.Api.Http;
using OmsServerless.Api.Inventory.Contracts;
using OmsServerless.Api.Problems;

namespace OmsServerless.Api.Tests.Http;

public sealed class ApiRequestTests
{
    private readonly ApiRequest _input = new(Options.Create(new ApiOptions { MaxRequestBodyBytes = 1024 }));

    [Fact]
    public async Task A_body_over_the_limit_without_content_length_is_refused_without_reading_it_all()
    {
        var body = new CountingStream(new string('x', 100_000));
        HttpRequest request = Request(body, contentLength: null);

        ApiProblemException problem = await Assert.ThrowsAsync<ApiProblemException>(() =>
            _input.ReadJsonAsync(request, new CartAvailabilityRequestValidator(), CancellationToken.None));

        Assert.Equal(ProblemType.PayloadTooLarge, problem.Type);
        Assert.True(body.BytesRead < 10_000, $"read {body.BytesRead} bytes");
    }

    [Fact]
    public async Task A_declared_length_over_the_limit_is_refused_before_reading()
    {
        var body = new CountingStream("{}");
        HttpRequest request = Request(body, contentLength: 5000);

        ApiProblemException problem = await Assert.ThrowsAsync<ApiProblemException>(() =>
            _input.ReadJsonAsync(request, new CartAvailabilityRequestValidator(), CancellationToken.None));

        Assert.Equal(ProblemType.PayloadTooLarge, problem.Type);
        Assert.Equal(0, body.BytesRead);
    }

    [Theory]
    [InlineData("""{"lines":[{"sku":"A","quantity":"two"}]}""", "lines[0].quantity")]
    [InlineData("""{"lines":[{"sku":"A","quantity":1}""", "body")]
    [InlineData("""[1,2]""", "body")]
    public async Task Malformed_json_names_the_field_at_fault_and_no_dotnet_type(string json, string field)
    {
        ApiProblemException problem = await Assert.ThrowsAsync<ApiProblemException>(() =>
            _input.ReadJsonAsync(Request(new CountingStream(json), json.Length), new CartAvailabilityRequestValidator(), CancellationToken.None));

        Assert.Equal(ProblemType.MalformedJson, problem.Type);
        Assert.Equal([field], problem.Errors!.Keys);
        Assert.DoesNotContain("OmsServerless", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_validation_fault_is_reported_with_its_camel_case_path()
    {
        const string json = """{"lines":[{"sku":"A","quantity":0},{"quantity":3},{"sku":"B/C","quantity":1}],"destination":{}}""";

        ApiProblemException problem = await Assert.ThrowsAsync<ApiProblemException>(() =>
            _input.ReadJsonAsync(Request(new CountingStream(json), json.Length), new CartAvailabilityRequestValidator(), CancellationToken.None));

        Assert.Equal(ProblemType.ValidationFailed, problem.Type);
        Assert.Equal(["destination.postalCode", "lines[0].quantity", "lines[1].sku", "lines[2].sku"], problem.Errors!.Keys.Order(StringComparer.Ordinal));
    }

    private static HttpRequest Request(Stream body, long? contentLength)
    {
        var context = new DefaultHttpContext();
        context.Request.ContentType = "application/json; charset=utf-8";
        context.Request.ContentLength = contentLength;
        context.Request.Body = body;
        return context.Request;
    }

    private sealed class CountingStream(string content) : MemoryStream(Encoding.UTF8.GetBytes(content))
    {
        public long BytesRead { get; private set; }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            int read = await base.ReadAsync(buffer, cancellationToken);
            BytesRead += read;
            return read;
        }
    }
}
