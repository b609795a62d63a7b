namespace Cosyn.Rendering.Images;

/// <summary>
/// Middleware around any renderer: cleans the PNG with the tool's <see cref="ImagePolicy"/> and turns an
/// unusable image into an <see cref="RenderFailureKind.ImageRejected"/> failure whose message starts with the
/// rejection key (e.g. <c>near-uniform: ...</c>). Every tool gets the same filters by construction.
/// </summary>
public sealed class PostProcessingRenderer(IRenderer inner, ImagePolicy policy) : IRenderer
{
    public string Tool => inner.Tool;

    public async Task<RenderResult> RenderAsync(RenderRequest request, CancellationToken cancellationToken)
    {
        var result = await inner.RenderAsync(request, cancellationToken).ConfigureAwait(false);
        if (result.Png is null)
        {
            return result;
        }

        var image = ImagePostProcessor.Process(result.Png, policy);
        return image.Accepted
            ? RenderResult.Success(image.Png!, result.Elapsed) with
            {
                Targets = result.Targets is { } targets ? image.Transform.Apply(targets, image.Width, image.Height) : null,
                Layout = result.Layout is { } layout ? image.Transform.Apply(layout, image.Width, image.Height) : null,
                FiguresFound = result.FiguresFound,
            }
            : RenderResult.Failed(image.ToFailure(Tool), result.Elapsed);
    }

    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
