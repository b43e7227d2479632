/**
 * The my-mentorship block in the browser: its forms send their REST calls, and the block is shown again from
 * the server afterwards (see ../shared/interactions.ts).
 */
import { mentorshipStore } from '../shared/interactions';

mentorshipStore( 'wayfinder/my-mentorship' );
