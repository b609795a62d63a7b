namespace Cosyn.Personas;

/// <summary>A persona file could not be used; the message is one line that names the file and the problem.</summary>
public sealed class PersonaFileException : Exception
{
    public PersonaFileException()
    {
    }

    public PersonaFileException(string message)
        : base(message)
    {
    }

    public PersonaFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
