namespace Cosyn.Tests.Rendering.Lilypond;

/// <summary>Realistic LilyPond scores of the kinds music-lilypond generates.</summary>
internal static class LilypondSamples
{
    public const string MelodyWithLyrics = """
        \version "2.24.1"
        \header { title = "Harvest Morning" composer = "Anna Berg" tagline = ##f }
        \relative c' {
          \key g \major \time 3/4
          d4 g a | b2 a4 | g4 e d | g2. |
          b4 c d | e2 d4 | c4 a fis | g2. \bar "|."
        }
        \addlyrics {
          Gold -- en fields a -- wake, the sun is ri -- sing
          o -- ver hills and shin -- ing streams
        }
        """;

    public const string Chords = """
        \version "2.24.1"
        \header { title = "Blue Evening" tagline = ##f }
        harmonies = \chordmode { c1 a:m f g:7 }
        \score {
          <<
            \new ChordNames \harmonies
            \new Staff \relative c'' { e2 g | c,2 e | f4 a c a | g1 }
          >>
        }
        """;

    public const string TwoVoices = """
        \version "2.24.1"
        \header { title = "Canon in Two Voices" tagline = ##f }
        \new Staff <<
          \new Voice { \voiceOne \relative c'' { c4 d e f | g2 g | a4 g f e | d1 } }
          \new Voice { \voiceTwo \relative c' { e4 f g a | b2 b | c4 b a g | f1 } }
        >>
        """;

    public const string TempoDynamics = """
        \version "2.24.1"
        \header { title = "Storm Etude" tagline = ##f }
        \relative c' {
          \tempo "Allegro" 4 = 132
          c8\p d e f g a b c | d4\< e f g\! |
          g8\f f e d c b a g | c1\fermata \bar "|."
        }
        """;

    public const string PianoStaff = """
        \version "2.24.1"
        \header { title = "Little Waltz" tagline = ##f }
        \new PianoStaff \with { instrumentName = "Piano" } <<
          \new Staff \relative c'' { \time 3/4 e4 d c | d2 g,4 | e'4 f g | c,2. }
          \new Staff \relative c { \clef bass \time 3/4 c4 <e g> q | g,4 <b f'> q | c4 <e g> q | c2. }
        >>
        """;

    public const string Drums = """
        \version "2.24.1"
        \header { title = "Rock Groove" tagline = ##f }
        \new DrumStaff \drummode {
          \time 4/4
          <<
            { hh8 hh hh hh hh hh hh hh | hh8 hh hh hh hh hh hh hh }
            \\
            { bd4 sn bd sn | bd8 bd sn4 bd sn }
          >>
        }
        """;
}
