"""Real copy the rules' examples share (``newslint test-rules``): a Reuters story of 18 November
2019 as the development set holds it. Not a plugin: the leading underscore keeps the module out of
rule discovery."""

#: The story's dateline paragraph.
TITAN_LEAD = (
    "WASHINGTON (Reuters) - Scientists on Monday unveiled the first global geological map of "
    "Saturn's moon Titan including vast plains and dunes of frozen organic material and lakes of "
    "liquid methane, illuminating an exotic world considered a strong candidate in the search for "
    "life beyond Earth.")
#: Its second paragraph.
TITAN_BODY = (
    "The map was based on radar, infrared and other data collected by NASA's Cassini spacecraft, "
    "which studied Saturn and its moons from 2004 to 2017. Titan, with a diameter of 3,200 miles "
    "(5,150 km), is the Solar System's second-biggest moon behind Jupiter's Ganymede. It is larger "
    "than the planet Mercury.")
#: The two, as a story.
TITAN = TITAN_LEAD + "\n\n" + TITAN_BODY
