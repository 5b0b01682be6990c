// English review lexicon: words and phrases that carry praise or complaint in product reviews.
// VADER's general lexicon (vader-sentiment, Apache-2.0) backs it up for words not listed here;
// these entries take precedence because reviews use words in their own way ("runs small",
// "returned it", "fell apart" say nothing in a general lexicon).
import type { LanguageLexicon } from './types';

// Reservations: what separates a three-star review from a four. Wishes ("I wish it had", "would
// be nice", "could use"), hedged verdicts ("just okay", "nothing to write home about") and
// ratings quoted in the text ("would have given it 5 stars if…" is mild praise: it rates a 4).
// VADER scores "wish" and "hope" as positive words; in a review they introduce what is missing
// or still in doubt.
const reservations = `
wish -1, wished -1, wishing -1, hope 0.3, hoped -0.6, had hoped -1, was hoping -1, if only -0.8,
would like -0.6, i'd like -0.6, would have liked -1, would've liked -1, would prefer -0.8, i'd prefer -0.8,
would have preferred -1, would be nice -0.8, would have been nice -1, would've been nice -1,
would also be nice -0.8, would also have been nice -1, would have been better -1.2, would've been better -1.2,
could have been better -1.4, could use -0.6, could be -0.6, needs a -0.6, needs more -0.8, needs to be -0.8, should have been -0.8,
only complaint -0.8, only issue -0.8, only problem -0.8, only downside -0.6, only thing i -0.6, only gripe -0.8, only con -0.6,
my only -0.4, not crazy about -1.4, not too crazy about -1.4, not a huge fan -1.4, not a big fan -1.4, not sold on -1,
just okay -0.8, just ok -0.8, just fine 0.2, nothing to write home about -1.4, nothing special -1.2,
not the best -0.8, than expected -0.8, than i expected -0.8, than i thought -0.8, than i anticipated -0.8,
better than expected 2.4, better than i expected 2.4, better than i thought 2.4, more than i expected 1.6,
3 stars -0.6, 3 star -0.6, three stars -0.6, 4 stars 1.8, four stars 1.8, 2 stars -2, two stars -2,
1 star -2.8, one star -2.8, zero stars -3, 0 stars -3, would have given 5 1, would have given it 5 1,
would've given 5 1, would've given it 5 1, would give it 5 stars if 1, from giving it a 5 1, giving it a 5 1,
3 out of 5 -0.6, 4 out of 5 1.8, 2 out of 5 -2, 1 out of 5 -2.8, 5 out of 5 3, could be worse 0.3,
mixed feelings -1, on the fence -0.8, not sure -0.6, acceptable 0.4, adequate 0.4, passable 0, serviceable 0.3,
takes getting used to -0.6, takes some getting used to -0.6, not what i expected -2, not as expected -1.8, not the greatest -1,
be warned -1.2, but at least -0.8, that's about it -1.4, would rather -0.8,
`;

// VADER words that say something else in a review: "top" and "support" are a garment and a
// help desk, "huge", "avid" and "honestly" describe or frame rather than judge, "better" mostly
// compares with other things ("they make better pyjamas"), "as well" means "also", "for my
// liking" frames a complaint, and "I hate being cold" is about the weather, not the jacket.
const reviewUsage = `
top 0, support 0, huge 0, avid 0, honestly 0, better 0.8, as well 0, for my liking 0, for my taste 0, for my tastes 0,
i hate when -0.3, hate it when -0.3, hate being -0.3, hate to be -0.3, break in -0.3, broke in 0
`;

export const en: LanguageLexicon = {
  entries: `
love 3.2, i like 1.6, we like 1.6, i really like 2.2, i do like 1.8, really like 2.2, do like 1.6, still like 1.4, also like 1.4,
like it 1.6, like them 1.6, like these 1.6, like this one 1.6, like the 1.2, liked 1.8, don't like -1.8, dont like -1.8,
do not like -1.8, didn't like -1.8, didnt like -1.8, did not like -1.8, doesn't like -1.6, not like -1.4, loved 3.2, loves 3, lovely 2.8, adore* 3, obsessed 2.5, favorite 2.6, favourite 2.6,
great 3, excellent 3.3, amazing 3.2, awesome 3.1, fantastic 3.3, wonderful 3.2, perfect 3, perfectly 2.4,
superb 3.2, outstanding 3.3, brilliant 3, gorgeous 3, beautiful 2.9, stunning 3, incredible 3, impressive 2.6,
impressed 2.6, nice 1.9, good 1.9, fine 0.6, decent 1, solid 1.6, pleased 2.3, happy 2.6, satisfied 2.2,
glad 2, delighted 3, recommend 2.4, recommended 2.4, recommending 2.4, comfy 2.4, comfortable 2.3,
cozy 2.2, cosy 2.2, soft 1.5, warm 1, cute 2, adorable 2.6, stylish 2.2, flattering 2.2, flatters 2.2,
sturdy 2, durable 2.2, versatile 1.8, roomy 1.5, breathable 1.8, lightweight 1.2, worth 1.6, bargain 2,
fast 1.4, quick 1.3, quickly 1.1, promptly 1.4, prompt 1.3, helpful 2, friendly 2, responsive 1.5,
well made 2.4, well-made 2.4, well constructed 2.4, high quality 2.6, top quality 2.8, great quality 3,
good quality 2.2, fits perfectly 2.8, fits great 2.6, fits well 2.2, true to size 1.6, fit perfectly 2.8,
fit great 2.6, fit well 2.2, works great 2.6, works perfectly 2.8, works well 2.2, as described 1.5,
as pictured 1.4, exactly what 1.8, highly recommend 3.2, would recommend 2.6, would buy again 2.8,
will buy again 2.8, buy again 2.4, buying another 2.2, bought another 2, five stars 3, 5 stars 3,
worth every penny 3, worth the money 2.4, worth it 2.2, value for money 1.8, great value 2.8, good value 2.2,
holds up 1.8, held up 1.8, still looks 1.2, keeps me 1.2, no complaints 2.2, no problems 1.6, no issues 1.6,
can't complain 1.6, cannot complain 1.6, exceeded 2.6, exceeds 2.6, life saver 2.6, lifesaver 2.6,
a must 2.2, must have 2.4, must-have 2.4, well worth 2.6, thrilled 3, ecstatic 3, smooth 1.2,
terrible -3.2, horrible -3.2, awful -3.2, bad -2.4, poor -2.3, poorly -2, worst -3.4, worse -2.4,
disappointing -2.6, disappointed -2.6, disappointment -2.6, disappoints -2.4, unhappy -2.4, dissatisfied -2.6,
useless -2.8, garbage -3, junk -3, trash -3, crap -2.8, cheap -1.4, cheaply -2, cheaply made -2.8, flimsy -2.4,
fragile -1.6, broke -2.4, broken -2.6, breaks -2.2, break -1, ripped -2.4, ripping -2.2, ripped apart -2.8,
tore -2.2, torn -2.2, tear -1.2, tears -1.2, fell apart -3, falls apart -3, falling apart -3, came apart -2.8,
defective -2.8, faulty -2.6, damaged -2.4, scratchy -2, itchy -2, uncomfortable -2.6, unflattering -2.4,
hideous -3, ugly -2.6, unwearable -3, unusable -3, flimsy -2.4, stiff -1.2, shrank -2, shrunk -2, shrinks -1.8,
faded -1.8, fades -1.8, pilling -1.8, pills -1.2, snags -1.5, snagged -1.8, stains -1.2, stained -1.8, smells -1.6,
smell -0.8, stinks -2.4, leak* -2, leaked -2.2, blisters -2.2, hurts -2, hurt -1.8, painful -2.4, sore -1.6,
return* -1.4, returned -1.8, returning -1.8, send back -1.8, sent back -1.8, sending back -1.8, send it back -2,
refund -1.4, waste -2.6, waste of money -3.2, waste of time -3, rip off -3, rip-off -3, ripoff -3, overpriced -2.4,
pricey -1, expensive -1, too expensive -2, not worth -2.6, scam -3.2, fake -2.6, misleading -2.2, mislead* -2,
not as described -2.6, not as pictured -2.4, nothing like -2, doesn't work -2.6, didn't work -2.6, does not work -2.6,
stopped working -2.8, quit working -2.8, never arrived -3, never received -3, late -1.6, delayed -1.6, slow -1.4,
lost -1.4, missing -1.8, wrong -1.8, wrong size -2, rude -2.8, unhelpful -2.4, ignored -2.2, no response -2.2,
runs small -1.4, runs large -1.2, runs big -1.2, run small -1.4, too small -1.8, too big -1.6, too large -1.6,
too tight -1.8, too loose -1.6, too short -1.6, too long -1.4, too thin -1.6, too thick -1.2, too heavy -1.4,
too hot -1.2, too stiff -1.6, too much -0.8, way too -1.2, too -0.4, doesn't fit -2, didn't fit -2, did not fit -2,
not fit -1.6, don't buy -3, do not buy -3, avoid -2.2, beware -2.2, regret -2.6, regret buying -3, never again -3,
not a fan -1.8, not impressed -2.2, not happy -2.4, meh -1.2, mediocre -1.6, average -0.6, okay 0.5, ok 0.5,
not bad 1, not great -1.4, not good -2,
would be better -0.8, could be better -1.2, could have been -0.8, downside -0.8, drawback -0.8, complaint -1,
issue -0.8, issues -0.8, problem -1, problems -1.2, annoying -1.8, frustrating -2.2, aggravating -2.2,
uncomfortable -2.6, unfortunately -1.4, sadly -1.2, barely -0.8, hardly -0.6, ugh -1.8, yikes -1.8, chafe* -2, let me down -2, let down -2, letdown -2, hoping for better -1.8, expected better -1.8, expected more -1.4, hate -2.6, hated -2.8,
tight -1, bulky -1, weird -1.2, bummed -1.8, dig into -1.6, digs into -1.6, dug into -1.6, digging into -1.6,
returning it -2.6, returning them -2.6, returned it -2.4, returned them -2.4, return it -2, return them -2,
sent it back -2.2, sent them back -2.2, send them back -2, took it back -2, took them back -2,
shouldn't buy -2.4, should not buy -2.4, look elsewhere -1.6, watch out -1, hard to -1, tough to -1,
never answered -2.4, never responded -2.4, never replied -2.4, no reply -2.2,
so far so good 2, just right 2, couldn't live without 2.8, can't live without 2.8, could not live without 2.8,
dependable 2, reliable 2, trusty 1.8, tough 1.2, fave 2.4, new favorite 3, huge fan 2.4, big fan 2.2,
does the job 1.6, did the job 1.6, does the trick 1.6, did the trick 1.6, gets the job done 1.8, no brainer 1.8,
what i was looking for 2
` + reviewUsage + reservations,
  negators: [
    'not', 'no', 'never', 'nothing', 'nobody', 'none', 'neither', 'nor', 'without', 'hardly', 'barely', 'cannot',
    "don't", 'dont', "doesn't", 'doesnt', "didn't", 'didnt', "isn't", 'isnt', "wasn't", 'wasnt', "aren't", 'arent',
    "weren't", 'werent', "won't", 'wont', "wouldn't", 'wouldnt', "can't", 'cant', "couldn't", 'couldnt',
    "shouldn't", 'shouldnt', "haven't", 'havent', "hasn't", 'hasnt', "ain't", 'aint',
  ],
  boosters: [
    'very', 'really', 'so', 'super', 'extremely', 'incredibly', 'absolutely', 'totally', 'completely', 'truly',
    'highly', 'especially', 'exceptionally', 'remarkably', 'utterly', 'insanely', 'ridiculously', 'seriously',
    'most', 'definitely', 'quite', 'way', 'sooo', 'soo', 'mega',
  ],
  dampeners: ['bit', 'little', 'slightly', 'somewhat', 'kinda', 'kind', 'sort', 'fairly', 'rather', 'almost', 'pretty', 'mostly'],
  contrast: ['but', 'however', 'though', 'although', 'yet', 'except', 'unfortunately'],
  wishes: [
    'wish', 'wished', 'wishing', 'if only', 'would like', "i'd like", 'would have liked', "would've liked", 'would prefer',
    "i'd prefer", 'would have preferred', 'would rather', 'hoping for', 'was hoping', 'had hoped', 'would be nice if',
    'would be better if', 'would have been nice if', 'would have been better if', 'could use', 'could be', 'needs more',
  ],
};
