/**
 * The block editor's "Graduation" panel (document sidebar, cohorts only): what a mentee must have
 * done to graduate — the cohort's `wayfinder_graduation` meta (Graduation\GraduationRule). Each
 * mentee's checklist follows from it, worked out again whenever something changes.
 */
import { ToggleControl } from '@wordpress/components';
import { useEntityProp } from '@wordpress/core-data';
import { useSelect } from '@wordpress/data';
import { PluginDocumentSettingPanel } from '@wordpress/editor';
import { __ } from '@wordpress/i18n';
import { registerPlugin } from '@wordpress/plugins';

import { NumberField } from './number-field';

const POST_TYPE = 'wayfinder_cohort';

export interface GraduationRule {
	contributions: number;
	one_to_ones: boolean;
	group_sessions: boolean;
	training: boolean;
	team: boolean;
	plan: boolean;
}

/** What the server fills in when a cohort says nothing (GraduationRule::DEFAULTS). */
export const DEFAULT_RULE: GraduationRule = {
	contributions: 1,
	one_to_ones: true,
	group_sessions: true,
	training: true,
	team: true,
	plan: false,
};

interface GraduationMeta {
	wayfinder_graduation?: Partial< GraduationRule > | null;
	[ key: string ]: unknown;
}

/**
 * The stored rule with the defaults filled in.
 * @param stored The meta's value.
 */
export function ruleOf(
	stored: Partial< GraduationRule > | null | undefined
): GraduationRule {
	return { ...DEFAULT_RULE, ...( stored ?? {} ) };
}

type Flag = Exclude< keyof GraduationRule, 'contributions' >;

const flags = (): Array< [ Flag, string, string ] > => [
	[
		'one_to_ones',
		__( 'Every 1:1 session attended', 'wayfinder' ),
		__(
			'For mentees paired 1:1: the 1:1 sessions the cohort plans.',
			'wayfinder'
		),
	],
	[
		'group_sessions',
		__( 'Every group session attended', 'wayfinder' ),
		__( 'The group sessions the cohort plans.', 'wayfinder' ),
	],
	[
		'training',
		__( 'All training done', 'wayfinder' ),
		__(
			'Every training item of the cohort, team handbooks included.',
			'wayfinder'
		),
	],
	[
		'team',
		__( 'A team chosen to join', 'wayfinder' ),
		__(
			'Their introduction goes to that team when they graduate.',
			'wayfinder'
		),
	],
	[
		'plan',
		__( 'A plan with at least one goal', 'wayfinder' ),
		__( 'The three-month plan written with their mentor.', 'wayfinder' ),
	],
];

/** The panel itself, for cohorts only. */
function CohortGraduation() {
	const postType = useSelect(
		( select ) =>
			(
				select( 'core/editor' ) as {
					getCurrentPostType: () => string;
				}
			 ).getCurrentPostType(),
		[]
	);
	const [ meta, setMeta ] = useEntityProp< GraduationMeta >(
		'postType',
		POST_TYPE,
		'meta'
	);
	if ( postType !== POST_TYPE || ! meta ) {
		return null;
	}
	const rule = ruleOf( meta.wayfinder_graduation );
	const set = ( changes: Partial< GraduationRule > ) =>
		setMeta( { ...meta, wayfinder_graduation: { ...rule, ...changes } } );
	return (
		<PluginDocumentSettingPanel
			name="wayfinder-cohort-graduation"
			title={ __( 'Graduation', 'wayfinder' ) }
			className="wayfinder-cohort-details wayfinder-cohort-graduation"
		>
			<p className="wayfinder-cohort-details__help">
				{ __(
					'What a mentee must have done to graduate. Their checklist follows from this and updates by itself; their mentor confirms the graduation once it is all done.',
					'wayfinder'
				) }
			</p>
			<NumberField
				label={ __( 'Verified contributions', 'wayfinder' ) }
				help={ __(
					'At least this many, since the cohort started (0 to 20; 0 asks for none).',
					'wayfinder'
				) }
				value={ rule.contributions }
				min={ 0 }
				max={ 20 }
				onChange={ ( value ) =>
					set( { contributions: Math.min( 20, value ) } )
				}
			/>
			{ flags().map( ( [ key, label, help ] ) => (
				<ToggleControl
					__nextHasNoMarginBottom
					key={ key }
					label={ label }
					help={ help }
					checked={ rule[ key ] }
					onChange={ ( value: boolean ) => set( { [ key ]: value } ) }
				/>
			) ) }
		</PluginDocumentSettingPanel>
	);
}

registerPlugin( 'wayfinder-cohort-graduation', {
	render: CohortGraduation,
} );
